#!/usr/bin/env python3
"""Blind held-out question set 8, written by hand from the digest only.
Each call below is one question; the script only collects, shuffles and writes."""
import json, os, random

SEED = 20261303
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")
rows = []


def _add(q, ids, group, need, aspect, prev=""):
    rows.append({"q": q, "ids": list(ids), "new_ids": [], "group": group,
                 "need": need, "aspect": aspect, "prev": prev})


def I(q, ids, need, aspect):
    _add(q, ids, "in_scope", need, aspect)


def N(q, need, aspect):
    _add(q, [], "near_miss", need, aspect)


def O(q, need, aspect="other"):
    _add(q, [], "off_topic", need, aspect)


def F(prev, q, ids, need, aspect):
    _add(q, ids, "follow_up", need, aspect, prev)


def E(q, ids, need, aspect):
    _add(q, ids, "english", need, aspect)


def C(q, ids, need, aspect):
    _add(q, ids, "complaint", need, aspect)


# ---------------------------------------------------------------- in_scope
I("rumah sy kebanjiran bulan lalu di bekasi, akte lahir anak yg kedua ancur ga kebaca lg. bisa dicetak ulang ga kak? hrs bawa apa aja",
  ["akta-kelahiran-hilang-rusak"], "replace flood-damaged birth certificate", "documents")
I("bapak sy umurnya udah 52 thn dan ga pernah punya akte lahir. skrg mau ngurus pensiun diminta akte. masih bs dibikinin ga ya? perlu sidang?",
  ["akta-kelahiran-terlambat"], "birth certificate for adult never registered", "eligibility")
I("istri sy baru lahiran kemarin di RSUD Sidoarjo, anak pertama. ngurus akte nya kemana ya min",
  ["akta-kelahiran"], "register newborn birth certificate", "place")
I("bikin akte bayi bayar brp sih",
  ["akta-kelahiran"], "cost of newborn birth certificate", "cost")
I("mertua sy meninggal di rumah minggu lalu, ga di rs. surat keterangan meninggalnya minta ke siapa buat ngurus akta kematian?",
  ["akta-kematian"], "death certificate for death at home", "documents")
I("nenek wafat 2 bulan lalu blm dilaporin ke capil sama sekali, udh kelewat batas ga?",
  ["akta-kematian"], "deadline to report a death", "duration")
I("di akte kelahiran sy tertulis Sulastri padahal di ijazah Sulastry, cuma beda 1 huruf. benerinnya perlu ke pengadilan ga",
  ["akta-pembetulan"], "fix one-letter typo in birth certificate", "steps")
I("pernikahan kami dulu diberkati di gereja HKBP, cerainya udh diputus PN Medan bulan kemarin. akta cerainya diurus dimana dan ada batas waktunya ga?",
  ["akta-perceraian"], "non-muslim divorce certificate after court", "place")
I("sy dan calon istri katolik, pemberkatan bulan depan di paroki. abis itu hrs daftar ke capil ga? bawa apa aja",
  ["akta-perkawinan-nonmuslim"], "civil registration of catholic marriage", "documents")
I("beli beat bekas dr tetangga, stnk masih nama dia. klo mau diganti ke nama sy kena bbn ga sih?",
  ["balik-nama-kendaraan"], "fee for transferring used motorbike ownership", "cost")
I("balik nama motor sampe bpkb baru jadi kira2 brp lama?",
  ["balik-nama-kendaraan"], "time for vehicle ownership transfer", "duration")
I("bapak udah almarhum, sertifikat rumah masih atas nama beliau. kami 4 bersaudara mau pindahin ke nama ahli waris, mulai dr mana",
  ["balik-nama-sertifikat-tanah", "surat-ahli-waris"], "transfer land title to heirs", "steps")
I("adik sy ditangkap polres krn dituduh nyuri hp, kami ga punya duit buat nyewa pengacara. ada yg gratis ga?",
  ["bantuan-hukum-gratis"], "free lawyer for poor family", "eligibility")
I("anak kedua sy lahir 3 minggu lalu, kami peserta bpjs mandiri kelas 3. bayinya hrs didaftarin kapan paling telat?",
  ["bpjs-kesehatan-bayi-baru-lahir"], "deadline to enrol newborn in bpjs", "duration")
I("sy jualan sayur di pasar, ga ikut bpjs kantor. mau daftar bpjs kesehatan buat sekeluarga bisa lewat hp aja?",
  ["bpjs-kesehatan-mandiri"], "register self-paid bpjs health online", "online")
I("baru daftar bpjs mandiri kemarin, bisa langsung dipake buat lahiran minggu depan ga?",
  ["bpjs-kesehatan-mandiri"], "waiting period new bpjs membership", "duration")
I("kis pbi ibu sy tiba2 ga aktif pas mau kontrol ke puskesmas, padahal kami ya tetep susah. ngaktifin lagi kemana",
  ["bpjs-kesehatan-pbi"], "reactivate government-paid bpjs", "place")
I("sy karyawan pabrik garmen, gaji dipotong bpjs kesehatan tiap bulan. sebenernya jatah potongan dr gaji itu brp persen?",
  ["bpjs-kesehatan-pekerja"], "employee share of bpjs health premium", "cost")
I("sy di PHK akhir bulan lalu dr pabrik sepatu. bpjs kesehatan yg dr kantor masih bisa dipake berobat ga?",
  ["bpjs-kesehatan-phk"], "bpjs health after layoff", "eligibility")
I("abis pindah kontrakan ke depok, puskesmas bpjs sy masih yg di bogor. gimana gantinya",
  ["bpjs-kesehatan-pindah-faskes"], "change primary clinic after moving", "steps")
I("bpjs sy nunggak hampir 2 thn krn usaha bangkrut. klo mau dipake lagi hrs bayar semua atau ada dendanya?",
  ["bpjs-kesehatan-reaktivasi"], "reactivate bpjs with arrears", "cost")
I("udh resign dr minimarket 2 bulan lalu. saldo jht bisa dicairin lewat aplikasi aja ga?",
  ["bpjs-ketenagakerjaan-jht"], "claim jht online after resigning", "online")
I("sy baru keluar kerja minggu ini, jht bisa langsung diambil atau ada masa tunggunya?",
  ["bpjs-ketenagakerjaan-jht"], "waiting period for jht claim", "duration")
I("sy driver ojol, pengen punya bpjs ketenagakerjaan biar klo kecelakaan ada jaminan. iurannya sebulan brp?",
  ["bpjs-tk-bpu"], "premium for self-employed bpjs tk", "cost")
I("bpjs tk mandiri yg bayar sendiri itu dapet pensiun bulanan juga ga?",
  ["bpjs-tk-bpu", "bpjs-tk-jp"], "pension for self-employed participants", "eligibility")
I("suami sy kerja di proyek bangunan jatuh dr perancah, tangannya patah. biaya rs nya ditanggung bpjs tk ga? gajinya selama ga kerja gmn",
  ["bpjs-tk-jkk"], "work accident benefits", "overview")
I("bapak meninggal krn stroke, beliau msh aktif bpjs tk dr kantornya. kami sbg ahli waris dapet santunan brp?",
  ["bpjs-tk-jkm"], "death benefit amount", "cost")
I("kontrak sy diputus tengah jalan sama perusahaan, katanya ada uang dr bpjs buat yg kena phk. ngajuinnya lewat mana?",
  ["bpjs-tk-jkp"], "claim job loss benefit", "online")
I("jkp dapetnya brp bulan",
  ["bpjs-tk-jkp"], "duration of job loss benefit", "duration")
I("umur sy 57, udh ikut bpjs tk 12 thn. jaminan pensiunnya nanti dibayar bulanan atau sekaligus?",
  ["bpjs-tk-jp"], "pension monthly vs lump sum", "eligibility")
I("bpkb mobil avanza sy ga ketemu pas beres2 gudang. ngurus gantinya lama ga?",
  ["bpkb-hilang"], "time to replace lost bpkb", "duration")
I("buku nikah kami dimakan rayap. nikahnya dulu di KUA Cicalengka, skrg tinggal di kota Bandung. gantinya ke KUA mana?",
  ["buku-nikah-hilang-rusak"], "replace damaged marriage book", "place")
I("gmn cara liat nama ibu sy kedaftar pkh apa ngga, lewat hp",
  ["cek-bansos"], "check social assistance status online", "online")
I("sy kuliah di jogja, ktp sy sumatera barat. nanti pas coblosan pengen milih di sini aja, bisa?",
  ["cek-dpt-pemilih"], "vote away from home address", "steps")
I("umur sy pas hari pemilu pas 17 tp blm punya ktp, boleh nyoblos?",
  ["cek-dpt-pemilih", "ktp-el-baru"], "voting eligibility first-time voter", "eligibility")
I("ngajuin berkas ke bpn udah 2 bulan blm ada kabar, bisa dipantau dr hp ga?",
  ["cek-sertifikat-sentuh-tanahku"], "track land office application online", "online")
I("suami sy udah 3 thn pergi ga ada kabar, sy mau pisah resmi tp ga tau dia dimana. bisa ga?",
  ["cerai-pengadilan-agama"], "divorce when husband missing", "eligibility")
I("mau gugat cerai tp ga punya uang buat bayar perkara di PA, ada keringanan?",
  ["cerai-pengadilan-agama", "bantuan-hukum-gratis"], "free divorce case for poor", "cost")
I("istri sy warga filipina baru dapet KITAP. dia bisa punya KTP ga?",
  ["dokumen-kependudukan-wna"], "id card for foreign spouse with kitap", "eligibility")
I("nama anak sy cuma Bintang, 1 kata, sekolah nyuruh tambahin. mau dijadiin 2 kata prosesnya gmn",
  ["ganti-nama"], "change child's one-word name", "steps")
I("ijazah smp sy ilang pas pindahan, smp nya udah tutup skrg. ngurusnya kemana?",
  ["ijazah-hilang"], "replace lost diploma from closed school", "place")
I("mau aktivasi ktp digital, bisa sendiri di rumah atau hrs ke capil?",
  ["ikd"], "where to activate digital id", "place")
I("ortu sy dulu nikah siri th 1995, sampe skrg ga punya buku nikah. biar resmi gmn?",
  ["itsbat-nikah"], "legalise unregistered marriage", "steps")
I("sidang isbat di PA biayanya brp ya? kami buruh harian",
  ["itsbat-nikah"], "cost of marriage legalisation case", "cost")
I("karang taruna mau bikin dangdutan 17an di lapangan desa. izin ke polisi paling lambat kapan diajuin?",
  ["izin-keramaian"], "deadline for event permit", "duration")
I("suami sy org jerman, kami nikah di bali th 2021. dia pengen tinggal tetap di sini, udh bisa ajuin ITAP belum?",
  ["izin-tinggal-pasangan-wna"], "permanent stay permit for foreign spouse", "eligibility")
I("mau daftar kerja di pabrik diminta kartu ak1, sy baru lulus smk. bikinnya dimana dan bawa apa?",
  ["kartu-kuning-ak1"], "job seeker card requirements", "documents")
I("sy baru kena phk umur 35, masih bisa ikut prakerja? dapet duit brp",
  ["kartu-prakerja"], "prakerja eligibility and benefit", "eligibility")
I("anak sy lahir di Kuala Lumpur pas sy kerja di sana, skrg udh pulang ke lombok. biar dapet NIK gmn?",
  ["kelahiran-luar-negeri"], "register child born abroad", "steps")
I("paman sy meninggal pas umroh di mekkah. keluarga mau tau gmn ngurus akta kematiannya di sini",
  ["kematian-luar-negeri"], "death certificate for death abroad", "steps")
I("anak sy dr suami australia umurnya 18 thn bulan ini. dia hrs milih wni atau gmn, batasnya kapan?",
  ["kewarganegaraan-ganda-anak"], "deadline to choose citizenship", "duration")
I("bikin kia utk balita 3 thn perlu pas foto ga?",
  ["kia"], "photo requirement child id card", "documents")
I("anak sy lulus sma th ini, ortunya buruh tani. pengen kuliah tp ga ada biaya, kip kuliah daftarnya dimana?",
  ["kip-kuliah"], "where to apply kip kuliah", "online")
I("kip kuliah dapet uang saku brp sebulan?",
  ["kip-kuliah"], "living allowance kip kuliah", "cost")
I("baru nikah 2 minggu lalu di KUA. sy org klaten, suami org boyolali. mau bikin kk sendiri gmn",
  ["kk-baru-menikah"], "new family card after marriage", "steps")
I("kk sy kebawa cucian, ancur. ganti baru perlu surat polisi ga?",
  ["kk-hilang-rusak"], "replace washed family card", "documents")
I("kk sy ilang, bisa nyetak sendiri dr file pdf nya ga?",
  ["kk-hilang-rusak"], "print family card from pdf", "other")
I("pekerjaan di kk sy masih pelajar padahal udh kerja di bank. cara updatenya?",
  ["kk-perubahan-biodata"], "update occupation in family card", "documents")
I("sy janda cerai th lalu, masih satu kk sama mantan. mau bikin kk sendiri sama anak2",
  ["kk-pisah"], "split family card after divorce", "steps")
I("keponakan dr garut mau ikut tinggal dan masuk kk sy di bandung. bisa?",
  ["kk-tambah-anggota"], "add relative to family card", "eligibility")
I("anak sy 17 thn bulan depan, rekam ktp pertama kali nya di kecamatan bisa?",
  ["ktp-el-baru"], "where to record first id card", "place")
I("anak sy 16 thn tp udh nikah, boleh rekam ktp?",
  ["ktp-el-baru"], "id card for married minor", "eligibility")
I("ktp ilang pas nonton konser di jakarta. bikin lg bayar ga?",
  ["ktp-el-hilang"], "cost to reprint lost id card", "cost")
I("ktp sy statusnya blm kawin, padahal udh punya anak 2. ngubahnya bawa apa",
  ["ktp-el-perubahan-data"], "update marital status on id card", "documents")
I("ktp sy retak di tengah gara2 sering ditaruh di saku belakang. ganti baru hrs rekam ulang ga",
  ["ktp-el-rusak"], "replace cracked id card", "steps")
I("motor vario sy udh dijual ke org th lalu tp pembelinya blm balik nama. gmn biar pajaknya ga lari ke sy",
  ["lapor-jual-kendaraan"], "block registration after selling motorbike", "steps")
I("rumah sy dibobol maling pas mudik, tv sama laptop ilang. mau bikin laporan, hrs nyiapin apa aja",
  ["laporan-polisi"], "police report for burglary", "documents")
I("lamaran cpns minta fotokopi akte dilegalisir, akte sy udh yg kertas putih ada barcode. masih perlu cap capil?",
  ["legalisir-dokumen-kependudukan"], "whether qr documents need legalisation", "other")
I("sy pindah kerja dr surabaya ke makassar bawa motor plat L. mau ganti plat DD gmn",
  ["mutasi-kendaraan"], "move vehicle registration to another province", "steps")
I("sy punya usaha laundry kecil di rumah, pengen punya izin resmi. bikin NIB bayar ga?",
  ["nib-oss"], "cost of business id number", "cost")
I("mau daftar kartu perdana baru katanya nik sy ga valid, padahal ktp asli. knp ya",
  ["nik-tidak-terdaftar"], "nik rejected when registering sim card", "overview")
I("rencana akad di rumah mempelai wanita hari sabtu. biaya ke KUA brp?",
  ["nikah-kua"], "fee for wedding outside kua", "cost")
I("Selamat siang. Saya ingin menanyakan persyaratan pendaftaran nikah di Kantor Urusan Agama bagi calon pengantin yang usianya belum genap 19 tahun. Terima kasih.",
  ["nikah-kua"], "marriage registration for under-19", "eligibility")
I("kami baru dirikan CV bidang konstruksi, npwp badannya didaftarin dimana skrg?",
  ["npwp-badan"], "register company tax number", "online")
I("sy freelancer desain, belum pernah punya npwp. klo skrg bikin gmn caranya",
  ["npwp-pribadi"], "register personal tax number", "steps")
I("npwp",
  ["npwp-pribadi"], "personal tax number", "overview")
I("pajak motor sy telat 3 bulan, bayarnya bisa di samsat keliling ga?",
  ["pajak-kendaraan-tahunan"], "where to pay late vehicle tax", "place")
I("Pak, mohon info apakah pembayaran PKB mobil dapat dilakukan melalui aplikasi tanpa harus datang ke Samsat?",
  ["pajak-kendaraan-tahunan"], "pay vehicle tax via app", "online")
I("mau umroh bareng ibu, blm pernah punya paspor. bikinnya hrs daftar di aplikasi dulu?",
  ["paspor-baru"], "first passport via app", "online")
I("biaya paspor elektronik yg 5 th",
  ["paspor-baru"], "fee for 5-year e-passport", "cost")
I("paspor sy kecuci di mesin cuci, halamannya lengket semua. kena denda ga?",
  ["paspor-hilang-rusak"], "fee for damaged passport", "penalty")
I("paspor sy ilang di bangkok pas liburan, pulangnya gmn?",
  ["paspor-hilang-rusak"], "passport lost abroad", "place")
I("keponakan mau jd tkw ke hongkong lewat PT. bikin paspornya perlu surat dr disnaker?",
  ["paspor-pmi"], "passport recommendation for migrant worker", "documents")
I("tagihan pbb rumah th ini blm nyampe ke rumah, ngeceknya dimana?",
  ["pbb-p2"], "check land and building tax bill", "online")
I("pbb th kemarin lupa blm dibayar, dendanya brp persen?",
  ["pbb-p2"], "late payment penalty land tax", "penalty")
I("mau nambah lantai 2 di rumah, perlu izin apa skrg? dulu kan imb",
  ["pbg-simbg"], "building permit for house extension", "overview")
I("tanah bapak 600 meter mau dibagi 3 anak, sertifikatnya dipisah per anak. prosesnya di bpn gmn",
  ["pemecahan-sertifikat-tanah"], "split land certificate", "steps")
I("ibu sy umur 60 mau daftar haji reguler, dp nya brp skrg?",
  ["pendaftaran-haji"], "initial hajj deposit", "cost")
I("lampu jalan di gang kami mati udh 4 bulan, ke kelurahan ga digubris. bisa ngadu online kemana?",
  ["pengaduan-lapor"], "online channel to report broken street light", "place")
I("mau ngadu soal pungli tp takut ketahuan namanya, bisa anonim?",
  ["pengaduan-lapor"], "anonymous public complaint", "other")
I("sy nikah siri, anak sy aktanya cuma ada nama ibu. suami mau diakui sbg bapaknya di akta, bisa?",
  ["pengakuan-anak"], "add father's name to birth certificate", "steps")
I("kami udh 8 th nikah blm dikaruniai anak, mau ngangkat anak dr panti. syarat buat ortu angkatnya apa",
  ["pengangkatan-anak"], "adoptive parent requirements", "eligibility")
I("akhirnya kami sidang isbat dan udh pegang buku nikah. anak kami yg lahir th 2019 aktanya gmn biar ada nama bapak",
  ["pengesahan-anak"], "legitimation of child after marriage registered", "steps")
I("sy transfer 2 juta buat beli hp di marketplace, barang ga dikirim & penjualnya ngilang. duit sy bisa balik ga?",
  ["penipuan-online"], "recover money from online scam", "other")
I("sy udh dapet surat pindah dr dukcapil pati, skrg udh di tangerang. lanjutnya kemana",
  ["pindah-datang"], "register arrival at new address", "steps")
I("pindahan ke jakarta mau numpang kk om, bawa apa aja",
  ["pindah-datang", "kk-tambah-anggota"], "join relative's family card after moving", "documents")
I("sekeluarga mau pindah dr medan ke pekanbaru. surat pindahnya diurus dimana",
  ["pindah-keluar-skpwni"], "where to get moving letter", "place")
I("dapet beasiswa s2 di belanda 2 thn. hrs ngurus surat apa di dukcapil sebelum berangkat?",
  ["pindah-luar-negeri"], "report moving abroad for study", "eligibility")
I("anak sy kelas 4 sd, katanya temen2nya dapet pip. gmn cara tau anak sy dapet ga?",
  ["pip"], "check pip status", "online")
I("kpr rumah sy di BTN baru lunas, sertifikat udh dikasih. trs apa lg yg hrs diurus di bpn?",
  ["roya"], "remove mortgage after loan paid", "steps")
I("sy jualan rempeyek rumahan, pengen ada logo halal. ada yg gratis?",
  ["sertifikat-halal-self-declare"], "free halal certification small business", "cost")
I("denger2 sertifikat tanah kertas bakal ditarik diganti elektronik, beneran hrs diganti?",
  ["sertifikat-tanah-elektronik"], "paper land certificate still valid", "validity")
I("sertifikat shm kebun ilang pas rumah kebakaran. nerbitin gantinya brp lama?",
  ["sertifikat-tanah-hilang"], "time to replace lost land certificate", "duration")
I("tanah warisan kakek masih girik, katanya desa kami dapet program sertifikat gratis. bayar brp sih sebenernya?",
  ["sertifikat-tanah-ptsl"], "cost of free land certification program", "cost")
I("umur sy udh 17, mau bikin sim c. tesnya apa aja",
  ["sim-baru"], "tests for first motorbike licence", "steps")
I("bikin sim a baru total abis brp? tes psikologi bayar sendiri?",
  ["sim-baru"], "cost of new car licence", "cost")
I("sim a sy ilang bareng tas di kereta, masa berlaku masih 2 thn. hrs ujian ulang?",
  ["sim-hilang-rusak"], "replace lost driving licence without test", "steps")
I("mau roadtrip di jepang pake mobil sewaan, sim internasional bikinnya dimana?",
  ["sim-internasional"], "where to get international driving permit", "place")
I("sim c sy habis bulan depan, perpanjang lewat aplikasi bisa? namanya apa",
  ["sim-perpanjangan"], "renew licence via app", "online")
I("SIM A sy mati 3 hari pas libur lebaran, masih bisa diperpanjang?",
  ["sim-perpanjangan", "sim-baru"], "renew licence expired during holiday", "validity")
I("perpanjangan sim c",
  ["sim-perpanjangan"], "renew motorbike licence", "overview")
I("lamaran satpam minta skck, sy blm pernah bikin. pas fotonya latar apa?",
  ["skck-baru"], "photo for police clearance", "documents")
I("skck brp duit",
  ["skck-baru"], "police clearance fee", "cost")
I("skck sy masih berlaku 2 minggu lagi, mau diperpanjang bawa apa aja",
  ["skck-perpanjangan"], "documents to renew police clearance", "documents")
I("skck sy udh lewat 3 bulan, masih bs diperpanjang atau hrs bikin baru?",
  ["skck-perpanjangan", "skck-baru"], "expired police clearance", "validity")
I("anak sy dirawat di rs, disuruh bikin surat keterangan miskin biar dapet keringanan. bikinnya di kelurahan?",
  ["sktm"], "certificate of low income for hospital", "place")
I("anak sy umur 6 th 3 bulan pas juli nanti, udh bisa masuk sd negeri?",
  ["spmb-sekolah"], "age requirement for primary school", "eligibility")
I("ibu sy bikin sambal bawang kemasan botol mau dititip di minimarket, izinnya apa ya",
  ["spp-irt"], "permit for home-made packaged food", "overview")
I("sy karyawan, baru tau tiap th hrs lapor spt. deadlinenya kapan?",
  ["spt-tahunan"], "annual tax return deadline", "duration")
I("stnk motor sy jatuh di jalan, bpkb nya masih dipegang leasing. gantinya bisa diurus?",
  ["stnk-hilang"], "replace lost stnk while bpkb at leasing", "documents")
I("stnk mobil sy udh 5 thn, sekalian ganti plat. plat nomornya kena brp?",
  ["stnk-lima-tahunan"], "plate fee five-year renewal", "cost")
I("suami meninggal, mau cairin tabungannya di bank, bank minta surat waris. bikinnya dimana",
  ["surat-ahli-waris"], "heir certificate for bank", "place")
I("ktp sy kudus tp ngekos di semarang buat kerja. HRD minta keterangan domisili, ngurusnya di kelurahan semarang atau kudus?",
  ["surat-domisili"], "where to get residence letter", "place")
I("dompet sy ilang di pasar, isinya atm sama kartu2. ngurus surat ilang ke polsek ada biayanya?",
  ["surat-kehilangan-polisi"], "cost of police loss letter", "cost")
I("mau bikin skck disuruh minta pengantar dr rt dulu. rt nya suka minta 20rb, itu resmi?",
  ["surat-pengantar-rt-rw"], "fee for rt cover letter", "cost")
I("dapet surat etle ke rumah, mobil kefoto nerobos lampu merah. bayarnya gmn",
  ["tilang-elektronik-etle"], "pay electronic traffic fine", "steps")
I("sy tukang becak, anak 4, blm pernah dapet bantuan apa2. cara biar masuk data penerima gmn",
  ["usulan-bansos-dtsen"], "apply to be listed for social assistance", "steps")
I("nyuwun sewu, KTP kulo ical wonten peken. Ngurus malih wonten pundi nggih?",
  ["ktp-el-hilang"], "where to replace lost id card (javanese)", "place")
I("punten, akta lahir budak abdi teu acan didamel, ayeuna tos yuswa 3 taun. tiasa keneh?",
  ["akta-kelahiran-terlambat"], "late birth certificate (sundanese)", "eligibility")
I("roya",
  ["roya"], "mortgage removal", "overview")

# ---------------------------------------------------------------- near_miss
N("ktp sy ilang pas lagi kerja di hongkong, bisa bikin lagi lewat kjri sini?",
  "reprint id card while abroad", "place")
N("kartu npwp sy yg lama ilang, bisa dicetak ulang kartunya?",
  "replace lost npwp card", "steps")
N("sim sy ditahan polisi pas razia kemarin, ngambilnya gmn ya?",
  "retrieve licence seized at roadside check", "steps")
N("syarat bikin sim b1 buat nyetir truk apa aja",
  "truck driving licence", "documents")
N("sim c sy mau ditambah sim c1 buat moge, tesnya apa",
  "big motorbike licence class", "steps")
N("sertifikat deposito di bank sy ilang, gantinya gmn",
  "replace lost bank deposit certificate", "steps")
N("paspor anak sy habis, kami tinggal di johor. perpanjang di kjri gmn caranya?",
  "renew passport abroad", "place")
N("mau naik kelas bpjs mandiri dr kelas 3 ke kelas 1, prosedurnya gmn?",
  "upgrade bpjs class", "steps")
N("istri sy WNA pegang KITAS, bisa ikut bpjs kesehatan mandiri?",
  "bpjs health for foreign resident", "eligibility")
N("sy PNS baru pensiun, cairin taspen nya gmn?",
  "civil servant pension claim", "steps")
N("beasiswa lpdp s2 daftarnya kapan?",
  "postgraduate scholarship lpdp", "duration")
N("mau daftar haji plus biar ga antre lama, caranya gmn?",
  "special hajj registration", "steps")
N("syarat daftar umroh mandiri tanpa travel apa aja",
  "independent umrah requirements", "documents")
N("resto sy udh bukan umkm lg, sertifikasi halal reguler lewat lembaga pemeriksa gmn?",
  "regular halal certification for large business", "steps")
N("frozen food nugget rumahan sy katanya hrs izin bpom md, daftarnya gmn",
  "bpom md registration", "steps")
N("suami sy WNA butuh skck dr polri buat visa kerja ke kanada, bisa bikin?",
  "police clearance for foreigner", "eligibility")
N("paspor dinas buat perjalanan kantor pemda ngurusnya gmn",
  "official service passport", "steps")
N("nama di ijazah sd sy salah ketik, benerinnya ke mana?",
  "correct typo on school diploma", "place")
N("plat nomor motor sy dicopot orang pas parkir, bikin lagi gmn",
  "replace stolen number plate", "steps")
N("mau ganti warna mobil dr hitam ke putih, stnk nya perlu diubah ga?",
  "change vehicle colour registration", "steps")
N("kami nikah di seoul th lalu, skrg pulang. pencatatan nikahnya di indo gmn?",
  "register marriage held abroad", "steps")
N("suami sy WNA inggris meninggal di bali, pemulangan jenazahnya ke london gmn?",
  "repatriate foreigner's body", "steps")
N("anak sy mau pindah sekolah tengah semester dr bogor ke surabaya, syaratnya apa",
  "mid-year school transfer", "documents")
N("kredit mobil lunas, fidusianya dihapus dmn?",
  "remove vehicle fiduciary lien", "place")
N("kami pengurus panti asuhan, mau ajukan bantuan kemensos utk pantinya gmn",
  "social aid for orphanage institution", "steps")
N("mau ganti rumah sakit rujukan bpjs, bisa pilih sendiri ga?",
  "choose referral hospital", "eligibility")
N("bpjs kesehatan nanggung kacamata ga? plafonnya brp",
  "bpjs eyeglasses benefit", "cost")
N("sy punya toko 5 karyawan, cara daftarin mereka ke bpjs ketenagakerjaan sbg pemberi kerja gmn",
  "employer registering staff in bpjs tk", "steps")
N("HGB ruko sy habis th depan, perpanjang HGB nya gmn",
  "extend building use right", "steps")
N("imb rumah yg lama ilang, bisa minta salinannya ke dinas?",
  "copy of lost old building permit", "steps")
N("spt th lalu salah isi penghasilan, bisa dibetulin ga?",
  "amend filed tax return", "steps")
N("lupa password coretax, resetnya gmn",
  "reset tax portal password", "online")
N("udh talak satu, mau rujuk lagi ke KUA caranya gmn",
  "reconciliation after talak", "steps")
N("anak sy 17 th mau nikah, ngajuin dispensasi kawin ke pengadilan agama gmn prosesnya",
  "marriage dispensation procedure", "steps")
N("ibu sy meninggal, beliau ga ikut bpjs tk, cuma sy anaknya yg peserta. dpt santunan jkm ga?",
  "death benefit for participant's parent", "eligibility")
N("tanah wakaf masjid mau disertifikatkan, ngurusnya gmn",
  "certify waqf land", "steps")
N("nama di sertifikat tanah salah ketik, benerinnya di bpn gmn?",
  "correct typo on land certificate", "steps")
N("atm bri sy ilang, bikin kartu baru di bank bawa apa?",
  "replace lost bank card at bank", "documents")
N("mau daftar kerja di kapal diminta surat keterangan belum menikah dr kelurahan, syaratnya apa",
  "single status letter", "documents")
N("mau ajuin KUR, bank minta surat keterangan usaha dr desa. bikinnya gmn",
  "business certificate from village", "steps")
N("pacar sy org perancis mau tinggal di bali bareng sy, bisa sy sponsorin kitas?",
  "stay permit for unmarried foreign partner", "eligibility")
N("sy WNA mau buka usaha di bali, kitas investornya ngurus gmn",
  "investor stay permit", "steps")
N("akta kelahiran anak sy hilang, kami skrg tinggal di osaka. bisa urus lewat kbri?",
  "replace birth certificate while abroad", "place")
N("pajak motor sy mati 6 thn, katanya datanya udh dihapus. bisa diaktifin lagi?",
  "reactivate deleted vehicle registration", "steps")
N("mau bikin PT perorangan, pendiriannya di AHU gmn caranya?",
  "establish sole-owner company", "steps")
N("surat izin praktik bidan ngurusnya dmn",
  "midwife practice licence", "place")
N("izin usaha tambang pasir di sungai gmn ngurusnya",
  "sand mining permit", "steps")
N("mau bikin sumur bor di rumah, perlu izin apa",
  "permit for drilled well", "eligibility")
N("capil kota bekasi buka hari sabtu ga?",
  "civil registry saturday opening hours", "place")
N("nomor wa dukcapil surabaya berapa",
  "civil registry whatsapp number", "place")
N("cara daftar jadi petugas KPPS pemilu gmn",
  "register as polling station officer", "steps")
N("CV kami digugat rekanan, ada pengacara gratis dr pemerintah buat perusahaan kecil?",
  "free legal aid for company", "eligibility")
N("sy ditabrak mobil pas jalan2 hari minggu, bukan pas kerja. santunan jasa raharja ngurusnya gmn",
  "traffic accident insurance claim", "steps")
N("cuti melahirkan buat karyawati swasta brp lama sih",
  "maternity leave length", "duration")
N("uang pesangon phk itu ngitungnya gmn",
  "severance pay calculation", "cost")
N("THR karyawan kontrak dihitung gmn",
  "holiday allowance calculation", "cost")
N("suami hilang di laut 2 th ga ketemu jasadnya, bisa dibikinin akta kematian?",
  "death certificate for missing person", "eligibility")
N("legalisir ijazah sma yg sekolahnya udh tutup kemana?",
  "legalise diploma from closed school", "place")
N("akte kelahiran mau dipake daftar kuliah di jerman, apostille nya dmn?",
  "apostille for birth certificate", "place")
N("mesin motor sy diganti baru krn turun mesin, nomor mesin di bpkb hrs diubah gmn?",
  "register engine replacement", "steps")
N("anak sy lahir di jakarta tp kami berdua warga korea, kitas buat bayinya gmn?",
  "stay permit for foreign newborn", "steps")
N("sertifikat tanah sy dipinjem saudara buat jaminan bank dan ga dibalikin, gmn narik lagi?",
  "recover land certificate held by relative", "other")
N("cara cek keaslian ijazah kuliah calon karyawan gmn",
  "verify university diploma", "online")
N("sy menang undian mobil dr bank, pajak hadiahnya bayar gmn?",
  "tax on lottery prize", "cost")
N("kartu pelajar anak sy ilang, bikin lagi di sekolah bayar ga?",
  "replace lost student card", "cost")
N("mau daftar sd swasta islam, syarat umurnya sama kayak negeri ga?",
  "private school admission age", "eligibility")
N("daftar ulang kartu sim hp pake kk orang lain boleh?",
  "register phone sim with someone else's family card", "eligibility")
N("mau pinjem lapangan milik pemkab buat acara bazar, sewanya diurus ke dinas apa?",
  "rent government-owned venue", "place")
N("katanya pemegang e-paspor bisa bebas visa ke jepang, daftar visa waivernya gmn?",
  "visa waiver registration", "steps")
N("stnk mobil dinas kantor desa ilang, yg ngurus siapa dan pake surat apa dr kades?",
  "replace lost stnk of government vehicle", "documents")

# ---------------------------------------------------------------- off_topic
O("halo min", "greeting")
O("assalamualaikum", "greeting")
O("makasih ya kak, jelas bgt penjelasannya", "thanks")
O("wkwkwkwk", "laughter")
O("bot bego ga ngerti2", "insult")
O("siapa presiden indonesia sekarang", "general knowledge")
O("cuaca jakarta besok hujan ga", "weather")
O("resep rendang padang yg empuk gmn", "recipe")
O("skor persib semalem brp", "football score")
O("kamu manusia apa robot sih", "bot identity")
O("jadwal krl bogor ke sudirman pagi", "train timetable")
O("harga emas antam hari ini", "gold price")
O("cara daftar cpns th ini", "civil service recruitment")
O("tes", "test message")
O("p", "ping")
O("ok", "acknowledgement")
O("lama bgt sih balesnya, niat kerja ga", "insult slow bot")
O("rekomendasi hp 2 jutaan buat ojol", "phone recommendation")
O("ibu kota kalimantan utara apa ya", "general knowledge")
O("cara bikin akun tiktok", "social media help")
O("tarif listrik pln bulan ini naik ga", "electricity tariff")
O("cara daftar tni ad lulusan sma", "military recruitment")
O("subsidi beli motor listrik masih ada?", "electric motorbike subsidy")
O("selamat malam, semoga sehat selalu ya", "greeting")
O("kamu bisa ngomong bahasa jawa ga", "bot language ability")
O("lagi gabut nih, ngobrol yuk", "chit-chat")
O("1+1 berapa", "arithmetic")
O("sugeng enjing mas", "greeting javanese")
O("hatur nuhun pisan nya", "thanks sundanese")
O("tiket pesawat murah ke bali bulan depan", "flight tickets")
O("cara bikin website toko online", "website help")
O("sila ketiga pancasila bunyinya apa", "general knowledge")
O("kenapa langit warnanya biru", "general knowledge")
O("gaji umr jakarta 2026 brp", "minimum wage figure")
O("mudik gratis kemenhub daftarnya lewat mana", "free homecoming transport")
O("ongkir jne dr jakarta ke medan brp", "courier shipping cost")
O("jam brp skrg di makassar", "time")
O("kapan lebaran tahun depan", "holiday date")
O("wkwk salah kirim", "wrong message")
O("vaksin hpv buat anak perempuan kelas 5 dimana", "hpv vaccination")

# ---------------------------------------------------------------- follow_up
F("ktp sy ilang di angkot, ngurusnya gmn", "klo cuma patah gmn",
  ["ktp-el-rusak"], "replace broken id card", "steps")
F("stnk motor sy ilang, syaratnya apa aja", "kalo bpkb nya yg ilang?",
  ["bpkb-hilang"], "replace lost bpkb", "documents")
F("paspor sy ilang di rumah, gmn bikin lagi", "kalo ilangnya di luar negeri?",
  ["paspor-hilang-rusak"], "passport lost abroad", "place")
F("akte kelahiran anak sy sobek kena gunting", "biayanya brp",
  ["akta-kelahiran-hilang-rusak"], "cost replace birth certificate", "cost")
F("gmn cara bikin sim c", "sim a beda ga?",
  ["sim-baru"], "car licence requirements", "documents")
F("bikin sim c baru syaratnya apa", "nanti perpanjangnya bisa online?",
  ["sim-perpanjangan"], "renew licence online", "online")
F("cara bikin paspor baru", "brp lama jadinya",
  ["paspor-baru"], "passport processing time", "duration")
F("anak sy lahir di singapura, lapor kemana", "klo lahirnya di sini?",
  ["akta-kelahiran"], "birth registration domestic", "steps")
F("bapak meninggal di rs kemarin, akta kematian gmn", "klo meninggalnya di arab?",
  ["kematian-luar-negeri"], "death abroad", "steps")
F("baru di-PHK kemarin, kartu bpjs kesehatan dr kantor masih jalan?", "trus jkp nya gmn",
  ["bpjs-tk-jkp"], "job loss benefit", "overview")
F("jht bisa dicairin kapan setelah resign", "kalo jaminan pensiun?",
  ["bpjs-tk-jp"], "pension withdrawal after resigning", "eligibility")
F("cara daftar bpjs mandiri", "iuran kelas 2 brp",
  ["bpjs-kesehatan-mandiri"], "class 2 premium", "cost")
F("mau daftar nikah ke kua, syaratnya apa", "kalo nikahnya di gereja?",
  ["akta-perkawinan-nonmuslim"], "church marriage registration", "steps")
F("buku nikah ilang, gmn", "kalo dulu nikahnya siri?",
  ["itsbat-nikah"], "unregistered marriage", "steps")
F("cara bikin skck", "bisa daftar online?",
  ["skck-baru"], "police clearance online", "online")
F("skck mau diperpanjang gmn", "kalo udh mati?",
  ["skck-baru", "skck-perpanjangan"], "expired police clearance", "validity")
F("pindah dr solo ke bekasi, surat pindahnya gmn", "sampe bekasi ngapain lg",
  ["pindah-datang"], "arrival registration", "steps")
F("mau pindah ke kanada ikut suami, lapor capil?", "nanti klo pulang lg?",
  ["pindah-luar-negeri"], "return from abroad registration", "steps")
F("sertifikat tanah ilang, urus gantinya gmn", "kalo cuma rusak kena banjir?",
  ["sertifikat-tanah-hilang"], "replace damaged land certificate", "documents")
F("kk ilang gmn", "klo sekalian ganti pekerjaan?",
  ["kk-perubahan-biodata"], "update occupation in family card", "documents")
F("motor udh sy jual, cara blokirnya", "yg beli balik namanya gmn",
  ["balik-nama-kendaraan"], "buyer ownership transfer", "steps")
F("pajak motor yg tiap taun bayarnya dimana", "kalo yg 5 tahunan?",
  ["stnk-lima-tahunan"], "five-year stnk renewal", "steps")
F("cara cek bansos", "klo ga terdaftar daftarnya gmn",
  ["usulan-bansos-dtsen"], "apply for social assistance", "steps")
F("pip anak sd dapet brp", "kalo kuliah ada ga?",
  ["kip-kuliah"], "university aid", "overview")
F("cara bikin nib buat usaha keripik", "trus izin pirt nya?",
  ["spp-irt"], "home food permit", "steps")
F("izin pirt keripik gmn", "halalnya sekalian gmn",
  ["sertifikat-halal-self-declare"], "halal certificate", "steps")
F("kpr lunas, roya gmn", "bisa online ga",
  ["roya"], "electronic roya", "online")
F("bikin npwp pribadi gmn", "kalo buat yayasan?",
  ["npwp-badan"], "tax number for foundation", "steps")
F("npwp udh punya, lapor spt gmn", "telat kena denda?",
  ["spt-tahunan"], "late tax return fine", "penalty")
F("mau gugat cerai di PA, syaratnya apa", "kalo kami kristen?",
  ["akta-perceraian"], "non-muslim divorce", "steps")
F("kartu kuning bikin dmn", "berlakunya sampe kapan",
  ["kartu-kuning-ak1"], "job seeker card validity", "validity")
F("tanah mau dipecah jd 3 sertifikat", "di bpn brp lama",
  ["pemecahan-sertifikat-tanah"], "time to split certificate", "duration")
F("ktp sy ilang kemarin", "kk nya jg ilang",
  ["kk-hilang-rusak"], "replace lost family card", "documents")
F("paspor baru biayanya brp", "visanya sekalian bisa?",
  [], "visa application", "other")
F("stnk ilang gmn ngurusnya", "kalo plat nomornya yg ilang?",
  [], "replace lost number plate", "steps")

# ---------------------------------------------------------------- english
E("How do I get a new passport? Mine expired last month.",
  ["paspor-baru"], "renew expired passport", "steps")
E("I lost my KTP at the mall yesterday, what should I do?",
  ["ktp-el-hilang"], "replace lost id card", "steps")
E("My wife is Indonesian and I'm British. Can I stay here on a spouse KITAS?",
  ["izin-tinggal-pasangan-wna"], "spouse stay permit", "eligibility")
E("I just got my KITAP. Do I need to register at Dukcapil?",
  ["dokumen-kependudukan-wna"], "foreigner civil registration", "eligibility")
E("how much is the international driving permit",
  ["sim-internasional"], "international permit fee", "cost")
E("We're both Indonesian and our baby was born in Bali last week. How do we register the birth?",
  ["akta-kelahiran"], "register newborn", "steps")
E("got a traffic camera fine letter at home, how do I pay it",
  ["tilang-elektronik-etle"], "pay camera traffic fine", "steps")
E("I got scammed by an online seller after a bank transfer. Can I get my money back?",
  ["penipuan-online"], "recover scam transfer", "other")
E("How do I register my small bakery business and get an NIB?",
  ["nib-oss"], "business registration", "steps")
E("When is the deadline for the individual annual tax return?",
  ["spt-tahunan"], "tax return deadline", "duration")
E("Is the police clearance certificate (SKCK) free of charge?",
  ["skck-baru"], "police clearance fee", "cost")
E("My father passed away in Jakarta. How do we get his death certificate?",
  ["akta-kematian"], "death certificate", "steps")
E("Our daughter has dual citizenship. By what age does she have to choose?",
  ["kewarganegaraan-ganda-anak"], "choose citizenship deadline", "duration")
E("I resigned from my job. How can I withdraw my JHT savings?",
  ["bpjs-ketenagakerjaan-jht"], "withdraw old age savings", "steps")
E("Where can I file a complaint about bad public service?",
  ["pengaduan-lapor"], "public service complaint channel", "place")
E("Is there an app to check the status of my land certificate?",
  ["cek-sertifikat-sentuh-tanahku"], "check land certificate status", "online")
E("How do I extend my visa on arrival?",
  [], "extend tourist visa", "steps")
E("Where can I buy a local SIM card at the airport?",
  [], "buy phone sim card", "place")
E("Can foreigners own freehold land (SHM) in Bali?",
  [], "foreign land ownership", "eligibility")
E("How do I apply for a work permit as a foreign employee?",
  [], "foreign worker permit", "steps")

# ---------------------------------------------------------------- complaint
C("udh 3 kali bolak balik ke capil cuma buat ktp, katanya blangko habis terus. ini gimana sih",
  ["pengaduan-lapor"], "repeated id card delay", "duration")
C("petugas kelurahan minta 50rb buat surat domisili, katanya uang admin. masa gitu",
  ["pengaduan-lapor"], "illegal fee for residence letter", "cost")
C("beli motor bekas, pas balik nama di samsat disuruh bayar bbn 2 hampir sejuta. katanya udh dihapus kan?",
  ["pengaduan-lapor", "balik-nama-kendaraan"], "charged abolished transfer tax", "cost")
C("motor dicuri udh 4 bulan, laporan sy di polres ga ada kabar sama sekali, penyidiknya susah dihubungi",
  ["pengaduan-lapor", "laporan-polisi"], "police report not followed up", "duration")
C("anak sy dapet pip tp pas cair dipotong sekolah 200rb katanya buat uang komite",
  ["pengaduan-lapor", "pip"], "school cuts pip funds", "cost")
C("di polsek bikin surat kehilangan dimintain uang seikhlasnya tp maksa",
  ["pengaduan-lapor", "surat-kehilangan-polisi"], "fee demanded for loss letter", "cost")
C("pak RT ga mau kasih surat pengantar sebelum iuran sampah 6 bulan dilunasin",
  ["pengaduan-lapor", "surat-pengantar-rt-rw"], "cover letter withheld over dues", "other")
C("pabrik tempat sy kerja 2 thn ga pernah daftarin bpjs kesehatan, pas sakit sy bayar sendiri",
  ["pengaduan-lapor", "bpjs-kesehatan-pekerja"], "employer did not register health insurance", "other")
C("ada oknum jual kursi sd negeri 5 juta biar anak keterima, ortu lain pada bayar. ga adil bgt",
  ["pengaduan-lapor", "spmb-sekolah"], "school seat selling", "cost")
C("sekolah minta 300rb buat ngurus surat pengganti ijazah sy yg ilang",
  ["pengaduan-lapor", "ijazah-hilang"], "fee for replacement diploma", "cost")
C("ptsl di desa kami ditarik 1,5 juta per bidang sama panitia, alasannya buat patok",
  ["pengaduan-lapor"], "excessive ptsl levy", "cost")
C("sponsor pjtki minta uang fee 15 juta buat berangkat ke taiwan, katanya wajib",
  ["pengaduan-lapor", "paspor-pmi"], "illegal placement fee", "cost")
C("jalan depan rumah bolong gede udh setahun, udah 2 org jatuh motor disitu",
  ["pengaduan-lapor"], "damaged road not repaired", "other")
C("antri di samsat dr jam 7 sampe jam 2 baru dipanggil, loket cuma buka 2",
  ["pengaduan-lapor"], "long queue at samsat", "duration")
C("petugas dukcapil jutek banget, nanya dikit aja dibentak",
  ["pengaduan-lapor"], "rude civil registry officer", "other")
C("akte anak katanya jadi 3 hari, udh sebulan tiap ditanya jawabannya besok besok",
  ["pengaduan-lapor"], "birth certificate delayed", "duration")
C("penghulu minta amplop tambahan 500rb padahal sy udh setor 600rb ke bank",
  ["pengaduan-lapor"], "extra fee by marriage officiant", "cost")
C("tetangga rumahnya tingkat, mobil 2, tp dapet pkh. janda sebelah yg susah malah ga dapet apa2",
  ["pengaduan-lapor", "usulan-bansos-dtsen"], "undeserving social aid recipient", "eligibility")
C("LBH yg katanya gratis minta uang transport 2 juta ke ibu sy",
  ["pengaduan-lapor", "bantuan-hukum-gratis"], "legal aid asking money", "cost")
C("polsek minta 1 juta buat izin acara nikahan pake organ tunggal",
  ["pengaduan-lapor", "izin-keramaian"], "fee for event permit", "cost")
C("sy kecelakaan kerja di gudang, pas ke rs ternyata bpjs tk sy ga aktif krn kantor nunggak. biaya rs sy tanggung sendiri",
  ["pengaduan-lapor", "bpjs-tk-jkk"], "employer arrears on work accident cover", "other")
C("puskesmas nolak pasien bpjs alasannya kuota habis, ibu sy disuruh pulang",
  ["pengaduan-lapor"], "clinic refused bpjs patient", "other")
C("kantor imigrasi nyuruh pake biro jasa biar cepet, petugasnya sendiri yg nawarin",
  ["pengaduan-lapor"], "officer pushing paid agent", "other")
C("Dengan hormat, saya menyampaikan keberatan atas lambatnya pelayanan di kantor kecamatan. Permohonan KK saya sudah tiga minggu tanpa kejelasan.",
  ["pengaduan-lapor"], "slow family card service", "duration")
C("pelayanan neng kelurahan suwe tenan, esuk nganti awan durung dilayani blas",
  ["pengaduan-lapor"], "slow village office service (javanese)", "duration")

# ---------------------------------------------------------------- write
random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows ->", OUT)

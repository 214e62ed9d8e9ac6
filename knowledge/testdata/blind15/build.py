#!/usr/bin/env python3
"""Held-out question set blind15: every row below is written by hand.

Run: python3 build.py  -> writes questions.jsonl next to this file.
"""
import json
import os
import random

ROWS = []


def row(q, ids, group, need, aspect, prev=""):
    ROWS.append({"q": q, "ids": list(ids), "new_ids": [], "group": group,
                 "need": need, "aspect": aspect, "prev": prev})


def I(q, ids, need, aspect):
    row(q, ids, "in_scope", need, aspect)


def N(q, need, aspect):
    row(q, [], "near_miss", need, aspect)


def O(q, need):
    row(q, [], "off_topic", need, "other")


def F(prev, q, ids, need, aspect):
    row(q, ids, "follow_up", need, aspect, prev)


def E(q, ids, need, aspect):
    row(q, ids, "english", need, aspect)


def C(q, ids, need, aspect="other"):
    row(q, ids, "complaint", need, aspect)


# ---------------------------------------------------------------- in_scope
I("akte lahir sy ilang pas rumah kebakaran taun lalu. lahirnya di medan tp skrg tinggal di bekasi, bikin lagi mesti balik ke medan ga?",
  ["akta-kelahiran-hilang-rusak"], "replace lost birth certificate", "place")
I("akte anak sobek2 digigit tikus di lemari, minta yg baru bayar ga min",
  ["akta-kelahiran-hilang-rusak"], "replace damaged birth certificate", "cost")
I("bapak sy udah 58 taun blm pernah punya akte lahir, mau ngurus pensiun diminta akte. apa harus sidang di pengadilan dulu?",
  ["akta-kelahiran-terlambat"], "late birth registration for adult", "steps")
I("anak udh 3 taun blm dibikinin akte krn sibuk kerja, skrg kena denda ga ya di sleman",
  ["akta-kelahiran-terlambat"], "late birth registration fine", "penalty")
I("istri baru lahiran kemaren di rsud, akte bayinya ngurus kemana dan bawa apa aja",
  ["akta-kelahiran"], "birth certificate for newborn", "documents")
I("lahiran di rumah cuma dibantu paraji, ga ada surat dr bidan. akte bayi tetep bisa dibikin?",
  ["akta-kelahiran"], "birth certificate without medical birth letter", "documents")
I("mas, kulo badhe ngurus akta kematian kangge simbah ingkang seda wingi, syarate nopo mawon nggih",
  ["akta-kematian"], "death certificate documents", "documents")
I("di akte lahir anak ketulis Muhamad, harusnya Muhammad kayak di ijazahnya. benerinnya harus lewat pengadilan ga?",
  ["akta-pembetulan"], "correct typo in birth certificate", "steps")
I("putusan cerai dr pn surabaya udh inkracht, kami dulu nikah di gereja katolik. akta cerainya diurus dimana",
  ["akta-perceraian"], "divorce certificate for non-muslim", "place")
I("bulan depan pemberkatan di gereja, buat dicatat di capil butuh saksi brp orang sama berkas apa aja",
  ["akta-perkawinan-nonmuslim"], "civil registration of church wedding", "documents")
I("beli avanza bekas dr temen kantor, kalo balik nama skrg masih kena bbn ga? kira2 total keluar brp",
  ["balik-nama-kendaraan"], "used car ownership transfer cost", "cost")
I("mau beli sawah 500 meter di subang, pajak yg ditanggung pembeli sama penjual apa aja ya",
  ["balik-nama-sertifikat-tanah"], "taxes on land purchase", "cost")
I("bapak udah meninggal, sertifikat rumah msh atas nama beliau. mau diganti ke nama ibu sama kami anak2, langkahnya gmn",
  ["balik-nama-sertifikat-tanah"], "transfer land title to heirs", "steps")
I("adik sy ditangkep polisi kasus curi hp, kami ga ada duit buat bayar advokat. gmn caranya dapet pendamping yg gratis",
  ["bantuan-hukum-gratis"], "free legal aid for detained relative", "steps")
I("anak kedua lahir tgl 3 kemaren, sy peserta bpjs mandiri kelas 3. bayinya harus didaftarin paling telat kapan",
  ["bpjs-kesehatan-bayi-baru-lahir"], "newborn bpjs registration deadline", "duration")
I("iuran bpjs kelas 2 per orang sebulan brp? kami berempat satu kk",
  ["bpjs-kesehatan-mandiri"], "independent bpjs monthly premium", "cost")
I("kerja serabutan ga ada kantor, pengen punya bpjs kesehatan sendiri. bisa daftar lewat aplikasi?",
  ["bpjs-kesehatan-mandiri"], "register independent bpjs via app", "online")
I("kis ibu yg dulu gratis dari pemerintah tiba2 ga aktif pas mau cuci darah. gmn ngaktifinnya lagi",
  ["bpjs-kesehatan-pbi"], "reactivate government-paid bpjs", "steps")
I("gaji sy 8 juta, yg dipotong buat bpjs kesehatan tiap bulan harusnya brp",
  ["bpjs-kesehatan-pekerja"], "employee bpjs salary deduction", "cost")
I("bisa ga mertua ikut ditanggung bpjs kesehatan kantor suami? nambah bayar brp",
  ["bpjs-kesehatan-pekerja"], "add parent-in-law to employee bpjs", "eligibility")
I("kena phk akhir bulan lalu, bpjs kesehatan dr kantor msh bisa dipake ga? sampe kapan",
  ["bpjs-kesehatan-phk"], "health coverage after layoff", "validity")
I("baru pindahan ke depok tp faskes bpjs msh puskesmas di jaktim. gantinya bisa dr hp aja?",
  ["bpjs-kesehatan-pindah-faskes"], "change primary clinic", "online")
I("bpjs nunggak 14 bulan, kalo dilunasin skrg trus minggu depan opname ada denda lagi?",
  ["bpjs-kesehatan-reaktivasi"], "inpatient penalty after paying arrears", "penalty")
I("resign dari pabrik garmen tgl 15 kemaren, jht udah bisa dicairin mulai kapan",
  ["bpjs-ketenagakerjaan-jht"], "jht waiting period after resigning", "duration")
I("sy driver ojol, iuran bpjs tk yg paling murah sebulan brp?",
  ["bpjs-tk-bpu"], "informal worker social security premium", "cost")
I("suami jatuh dari perancah di proyek, kaki patah ga bisa kerja 3 bulan. selama itu gajinya diganti bpjs tk ga?",
  ["bpjs-tk-jkk"], "work accident wage replacement", "other")
I("ayah meninggal krn stroke, beliau peserta bpjs tk aktif. ahli waris dapet santunan totalnya brp",
  ["bpjs-tk-jkm"], "death benefit amount", "other")
I("di phk krn pabrik tutup, masa kerja 2 taun. uang jkp dapetnya brp sebulan dan brp lama",
  ["bpjs-tk-jkp"], "job loss benefit amount", "other")
I("kontrak sy abis dan ga diperpanjang perusahaan, bisa klaim jkp ga?",
  ["bpjs-tk-jkp"], "job loss benefit when contract ends", "eligibility")
I("umur sy 52, baru ikut jaminan pensiun 9 taun. nanti pas pensiun dapet bulanan atau sekaligus?",
  ["bpjs-tk-jp"], "pension monthly or lump sum", "eligibility")
I("bpkb motor beat ilang pas pindahan kos, ngurus yg baru lama ga?",
  ["bpkb-hilang"], "replace lost bpkb duration", "duration")
I("buku nikah kami rusak kebawa banjir, nikahnya dulu di garut tp skrg tinggal di bandung. gantinya ke kua mana",
  ["buku-nikah-hilang-rusak"], "replace damaged marriage book", "place")
I("gmn liat nama ibu terdaftar pkh apa ngga, lewat hp bisa?",
  ["cek-bansos"], "check social assistance status", "online")
I("anak sy pas pilkada nanti baru 17, cara ngecek dia udh masuk dpt blm gmn",
  ["cek-dpt-pemilih"], "check voter list", "online")
I("kerja di batam tp ktp medan, pemilu nanti pengen nyoblos di batam aja, ngurus apa",
  ["cek-dpt-pemilih"], "vote outside home region", "steps")
I("berkas balik nama di bpn udh 2 bulan, mau mantau progresnya dari hp bisa?",
  ["cek-sertifikat-sentuh-tanahku"], "track land office file", "online")
I("sy mau ngajuin cerai dr suami, dia udh 3 taun ga pulang ga ada kabar sama sekali. bisa diproses?",
  ["cerai-pengadilan-agama"], "divorce with absent husband", "eligibility")
I("ongkos sidang cerai di PA brp ya, sy cuma buruh cuci",
  ["cerai-pengadilan-agama"], "divorce court cost for poor", "cost")
I("istri sy warga filipina udh pegang kitap, bisa dibikinin ktp indonesia?",
  ["dokumen-kependudukan-wna"], "id card for foreign spouse", "eligibility")
I("nama anak sy cuma satu kata 'Bagas', mau dilengkapin jd 'Bagas Pratama Putra'. urusnya ke pengadilan mana dulu",
  ["ganti-nama"], "legal name change", "place")
I("ijazah smp ilang, sekolahnya udh ga ada krn digabung. mintanya kemana?",
  ["ijazah-hilang"], "replace diploma from closed school", "place")
I("ktp digital bisa aktifin sendiri dr rumah ga, atau wajib ke capil",
  ["ikd"], "activate digital id", "online")
I("ortu nikah siri thn 90an, skrg mau dibikinin buku nikah biar gampang urus warisan. caranya gmn",
  ["itsbat-nikah"], "legalize unregistered marriage", "steps")
I("mau ngadain konser musik kampus di lapangan bola, izin polisinya paling lambat diajuin kapan",
  ["izin-keramaian"], "event permit deadline", "duration")
I("suami orang belanda mau tinggal bareng sy di bali, izin tinggal yg cocok apa ya",
  ["izin-tinggal-pasangan-wna"], "residence permit for foreign spouse", "overview")
I("udh nikah sama wna 3 taun, kitas suami bisa dinaikin jd kitap?",
  ["izin-tinggal-pasangan-wna"], "upgrade itas to itap", "eligibility")
I("hrd minta kartu ak1, itu bikinnya dmn sih",
  ["kartu-kuning-ak1"], "job seeker card", "place")
I("ikut prakerja batas umurnya brp",
  ["kartu-prakerja"], "prakerja age limit", "eligibility")
I("anak sy lahir di riyadh, sy pmi. nanti pulang ke indo mau dimasukin kk, bawa dokumen apa",
  ["kelahiran-luar-negeri"], "register birth abroad", "documents")
I("paman meninggal di malaysia, kerja di kebun sawit. biaya mulangin jenazahnya siapa yg nanggung",
  ["kematian-luar-negeri"], "repatriation of body cost", "cost")
I("anak sy ayahnya warga australia, taun depan umur 18. milih kewarganegaraannya paling lambat kapan",
  ["kewarganegaraan-ganda-anak"], "dual citizenship choice deadline", "duration")
I("kia buat anak 3 taun perlu pas foto ga",
  ["kia"], "child id card photo", "documents")
I("anak lulus sma taun ini, kalo dapet kip kuliah uang bulanannya brp",
  ["kip-kuliah"], "kip kuliah living allowance", "cost")
I("baru nikah bulan lalu, mau bikin kk sendiri keluar dr kk mertua. bawa apa aja",
  ["kk-baru-menikah"], "new family card after marriage", "documents")
I("punten kang, ngadamel kk anyar saatos nikah teh kedah ka mana?",
  ["kk-baru-menikah"], "new family card after marriage", "place")
I("kk basah kena hujan tulisannya luntur, cetak ulang bayar ga",
  ["kk-hilang-rusak"], "reprint damaged family card", "cost")
I("di kk pekerjaan sy msh pelajar padahal udh kerja 4 taun, cara ubahnya gmn",
  ["kk-perubahan-biodata"], "update occupation on family card", "steps")
I("sy janda cerai, mau bikin kk sendiri bareng 2 anak. syaratnya apa",
  ["kk-pisah"], "separate family card after divorce", "documents")
I("keponakan dr lampung mau ikut kk sy krn sekolah di sini, bisa? perlu apa",
  ["kk-tambah-anggota"], "add relative to family card", "eligibility")
I("anak sy 17 bulan depan, rekam ktp nya bisa di kecamatan?",
  ["ktp-el-baru"], "first ktp recording place", "place")
I("umur 16 tapi udah nikah, boleh rekam ktp?",
  ["ktp-el-baru"], "ktp for married minor", "eligibility")
I("ktp jatuh entah dimana, mau bikin lagi wajib ada surat dr polisi?",
  ["ktp-el-hilang"], "replace lost ktp", "documents")
I("udh nikah 2 taun tp ktp msh tulisannya belum kawin, gantinya gmn",
  ["ktp-el-perubahan-data"], "update marital status on ktp", "steps")
I("ktp sy patah jadi 2 kelindes motor, ganti baru perlu lapor polisi ga",
  ["ktp-el-rusak"], "replace broken ktp", "documents")
I("mobil udh sy jual, pembelinya ga balik nama2. takut kena pajak progresif, sy harus ngapain",
  ["lapor-jual-kendaraan"], "report vehicle sale", "steps")
I("rumah kemalingan tadi malem, tv sama laptop ilang. mau bikin laporan ke polsek, yg dibawa apa",
  ["laporan-polisi"], "police report for burglary", "documents")
I("udh lapor ke polres 2 bulan soal motor dicuri tp ga ada kabar, cara tau perkembangannya gmn",
  ["laporan-polisi"], "track police report progress", "other")
I("daftar kerja di bumn minta fotokopi akte dilegalisir, akte sy model baru ada barcodenya. masih perlu legalisir?",
  ["legalisir-dokumen-kependudukan"], "legalization of qr document", "validity")
I("motor plat b mau diganti jadi plat ad krn sy pindah ke solo, biayanya brp",
  ["mutasi-kendaraan"], "vehicle registration transfer cost", "cost")
I("jualan gorengan di pinggir jalan perlu nib ga sih",
  ["nib-oss"], "business id for micro seller", "eligibility")
I("registrasi kartu perdana ditolak terus, katanya nik ga valid. padahal ktp asli",
  ["nik-tidak-terdaftar"], "nik rejected", "steps")
I("ijab kabul rencananya di rumah mempelai cewek hari minggu, bayarnya ke kua brp",
  ["nikah-kua"], "marriage fee outside kua", "cost")
I("ngedaftar ke kua paling telat brp hari sebelum ijab?",
  ["nikah-kua"], "marriage registration deadline", "duration")
I("cv kami baru berdiri, npwp nya bisa didaftarin online ga",
  ["npwp-badan"], "register company tax id online", "online")
I("aktivasi nik jadi npwp di coretax langkah2nya gmn",
  ["npwp-pribadi"], "activate nik as tax id", "steps")
I("pajak motor telat 2 bulan, dendanya brp",
  ["pajak-kendaraan-tahunan"], "late vehicle tax fine", "penalty")
I("stnk atas nama kakak, sy yg bayar pajaknya di samsat bisa?",
  ["pajak-kendaraan-tahunan"], "pay tax for vehicle in another name", "documents")
I("bikin e-paspor yg 10 taun skrg biayanya brp",
  ["paspor-baru"], "e-passport fee", "cost")
I("mau bikinin paspor anak umur 5, syaratnya apa? ortu dua2nya harus dateng?",
  ["paspor-baru"], "child passport requirements", "documents")
I("paspor kecuci di mesin cuci, rusak. ada dendanya?",
  ["paspor-hilang-rusak"], "damaged passport fee", "penalty")
I("mau berangkat jd art ke hongkong, bener ga sih ga boleh dimintain biaya penempatan?",
  ["paspor-pmi"], "migrant worker placement cost", "cost")
I("sppt pbb rumah ga nyampe taun ini, tagihannya bisa liat dimana",
  ["pbb-p2"], "check property tax bill", "online")
I("mau renov rumah nambah lantai 2, skrg izinnya apa? dulu kan imb",
  ["pbg-simbg"], "building permit for renovation", "overview")
I("tanah satu sertifikat mau dibagi 3 buat anak2, ngurus di bpn makan waktu brp lama",
  ["pemecahan-sertifikat-tanah"], "split land title duration", "duration")
I("buat dapet nomor porsi haji hrs setor duluan brp",
  ["pendaftaran-haji"], "hajj initial deposit", "cost")
I("mau ngadu lewat lapor.go.id tp takut ketauan, bisa ga nama disembunyiin",
  ["pengaduan-lapor"], "anonymous complaint", "online")
I("anak dr nikah siri, di akte cuma ada nama ibunya. bapaknya mau ngakuin, syaratnya apa",
  ["pengakuan-anak"], "add father's name to child certificate", "documents")
I("mau adopsi anak dari panti, umur sy 28 suami 31, udh memenuhi syarat blm?",
  ["pengangkatan-anak"], "adoption age requirement", "eligibility")
I("abis isbat nikah kemaren, akte anak mau ditambahin nama ayahnya. lapornya maksimal brp hari",
  ["pengesahan-anak"], "child legitimation deadline", "duration")
I("barusan tf 2 juta ke olshop palsu di ig, skrg akunnya ngeblok sy. apa yg harus dilakuin cepet",
  ["penipuan-online"], "steps after online scam", "steps")
I("sebelum tf ke penjual yg ga dikenal, ada situs buat ngecek rekeningnya bermasalah ga?",
  ["penipuan-online"], "check seller bank account", "online")
I("udh pegang surat pindah dr klaten, skrg di bekasi. ktp barunya bikin dimana",
  ["pindah-datang"], "new ktp at destination", "place")
I("mau pindah ke balikpapan ikut suami, surat pindahnya ngurus dimana dulu",
  ["pindah-keluar-skpwni"], "moving-out letter", "place")
I("dapet beasiswa s2 di jerman 2 taun, mesti lapor dukcapil dulu ga sebelum berangkat?",
  ["pindah-luar-negeri"], "report moving abroad", "eligibility")
I("Selamat siang. Saya sekeluarga akan menetap di Kanada mulai tahun depan. Dokumen apa yang perlu disiapkan untuk melapor ke Disdukcapil?",
  ["pindah-luar-negeri"], "documents for moving abroad", "documents")
I("pip anak smp setaun dapet brp",
  ["pip"], "pip amount", "cost")
I("kpr udh lunas, bank udh ngasih sertifikat sama surat roya. ngurus di bpn bayar brp",
  ["roya"], "roya fee", "cost")
I("coret hak tanggungan harus dateng ke bpn apa bisa elektronik?",
  ["roya"], "electronic roya", "online")
I("jualan keripik pisang rumahan, pengen ada label halal tp yg gratisan, gmn caranya",
  ["sertifikat-halal-self-declare"], "free halal certification", "steps")
I("sertifikat tanah sy msh kertas, wajib ditukar ke elektronik ga?",
  ["sertifikat-tanah-elektronik"], "paper land certificate validity", "validity")
I("sertifikat rumah ilang pas pindahan, bikin gantinya berapa lama",
  ["sertifikat-tanah-hilang"], "replace lost land certificate duration", "duration")
I("di desa ada ptsl, warga ditarik 500rb per bidang. itu wajar ga sih? sy di jawa tengah",
  ["sertifikat-tanah-ptsl"], "ptsl preparation fee limit", "cost")
I("mau ambil sim c yg pertama, nanti ujiannya apa aja",
  ["sim-baru"], "new motorcycle license tests", "steps")
I("sim a ilang bareng tas, ngurus gantinya perlu ujian ulang ga",
  ["sim-hilang-rusak"], "replace lost license", "steps")
I("mau road trip di eropa, sim internasional ngurusnya dmn",
  ["sim-internasional"], "international driving permit", "place")
I("perpanjang sim c lewat hp bisa ga",
  ["sim-perpanjangan"], "renew license online", "online")
I("bikin skck buat daftar polri, ke polsek apa polres",
  ["skck-baru"], "skck office level", "place")
I("skck buat mahasiswa bisa gratis ga?",
  ["skck-baru"], "skck fee waiver for students", "cost")
I("skck abis 3 hari lalu, masih bisa diperpanjang?",
  ["skck-perpanjangan"], "renew expired skck", "eligibility")
I("perpanjang skck",
  ["skck-perpanjangan"], "renew skck", "overview")
I("sktm buat keringanan biaya rs, bikinnya dmn",
  ["sktm"], "poverty letter for hospital", "place")
I("anak sy juli nanti umurnya 6 taun 2 bulan, bisa masuk sd negeri?",
  ["spmb-sekolah"], "school entry age", "eligibility")
I("usaha sambel botolan mau ngurus pirt, biayanya brp",
  ["spp-irt"], "home food permit cost", "cost")
I("spt tahunan karyawan deadline nya tgl brp",
  ["spt-tahunan"], "annual tax return deadline", "duration")
I("stnk motor ilang, bpkb nya ditahan leasing krn kredit blm lunas. masih bisa ngurus stnk baru?",
  ["stnk-hilang"], "replace lost stnk while on credit", "documents")
I("ganti plat motor 5 taunan, motornya wajib dibawa?",
  ["stnk-lima-tahunan"], "five-year stnk renewal", "documents")
I("mau cairin tabungan almarhum suami di bri, disuruh bawa keterangan waris. bikinnya gmn",
  ["surat-ahli-waris"], "heir certificate", "steps")
I("ktp sy jogja tp ngekos di semarang, kantor minta surat domisili. ngurusnya di kelurahan mana",
  ["surat-domisili"], "domicile letter", "place")
I("dompet ilang isinya atm sama kartu2, surat kehilangannya dr polsek bayar ga",
  ["surat-kehilangan-polisi"], "police loss letter fee", "cost")
I("ngurus kk di dukcapil masih wajib pake pengantar rt?",
  ["surat-pengantar-rt-rw"], "rt letter requirement", "documents")
I("dapet surat etle ke rumah, ada foto motor sy masuk jalur busway. bayar dendanya gmn",
  ["tilang-elektronik-etle"], "pay electronic traffic fine", "steps")
I("kami keluarga kurang mampu, blm pernah dapet bantuan apa2. gmn caranya biar masuk data penerima",
  ["usulan-bansos-dtsen"], "register for social assistance", "steps")
I("syarat kia",
  ["kia"], "child id card requirements", "documents")
I("cek dpt",
  ["cek-dpt-pemilih"], "check voter list", "online")
# rows that need a second article
I("ktp sama kk ilang semua pas rumah kebakaran, ngurus dua2nya bawa apa",
  ["ktp-el-hilang", "kk-hilang-rusak"], "replace lost ktp and family card", "documents")
I("dulu nikah siri, skrg mau diresmiin sekalian nama bapak masuk di akte anak. urutannya gmn",
  ["itsbat-nikah", "pengesahan-anak"], "legalize marriage then child certificate", "steps")
I("kena phk, jht sama jkp bisa diambil dua2nya?",
  ["bpjs-tk-jkp", "bpjs-ketenagakerjaan-jht"], "jkp and jht after layoff", "eligibility")
I("pindah dr surabaya ke malang, alurnya dr surat pindah sampe ktp baru gmn",
  ["pindah-keluar-skpwni", "pindah-datang"], "full moving procedure", "steps")
I("beli motor bekas plat luar provinsi, mau sekalian ganti nama dan plat daerah sini",
  ["mutasi-kendaraan", "balik-nama-kendaraan"], "transfer region and owner of used motorbike", "steps")
I("suami meninggal krn sakit, peserta bpjs tk. santunan sama saldo jht nya gmn klaimnya",
  ["bpjs-tk-jkm", "bpjs-ketenagakerjaan-jht"], "death benefit and jht claim", "steps")

# ---------------------------------------------------------------- near_miss
N("mau bikin sim b1 umum buat nyetir truk ekspedisi, syaratnya apa aja",
  "truck driving license b1", "documents")
N("motor sy 250cc, katanya skrg perlu sim c1 ya? bikinnya gmn",
  "sim c1 for big motorbike", "steps")
N("adik sy pake kursi roda, mau bikin sim d buat motor roda tiga modifikasi. dmn?",
  "sim d for disabled driver", "place")
N("sim dari amerika bisa dituker jadi sim indonesia ga",
  "convert foreign driving license", "eligibility")
N("mau ke jepang liburan bulan april, visanya ngurus dmn",
  "visa for travel abroad", "place")
N("nama di paspor cuma 2 kata, travel umroh minta ditambah jadi 3 kata. gmn caranya",
  "add name to passport", "steps")
N("katanya sy dicekal ga bisa ke luar negeri, cara ceknya gmn",
  "travel ban check", "steps")
N("daftar umroh lewat travel, gmn cara tau travelnya resmi apa abal2",
  "umrah travel agent check", "other")
N("haji khusus / haji plus antri brp taun dan daftarnya dmn",
  "special hajj registration", "overview")
N("kartu kuning vaksin meningitis buat umroh bikinnya di mana",
  "vaccination certificate for umrah", "place")
N("sy islam calon suami kristen, nikahnya bisa dicatat dimana ya",
  "interfaith marriage registration", "place")
N("calon istri sy warga malaysia, mau akad di kua, dokumen dr pihak dia apa aja",
  "kua marriage with foreign bride", "documents")
N("udh talak 1 sebulan lalu, mau rujuk lagi sama istri, ngurusnya ke kua gmn",
  "reconciliation after talak", "steps")
N("anak perempuan sy 17 taun mau dinikahkan, katanya harus dispensasi pengadilan agama. prosesnya gmn dan brp lama",
  "marriage dispensation procedure", "steps")
N("suami mau nikah lagi, izin poligami ke PA syaratnya apa",
  "polygamy permit requirements", "documents")
N("abis cerai, rumah sama mobil dibagi gimana? harus gugat lagi?",
  "division of marital property", "steps")
N("pembagian warisan menurut islam anak laki2 sama perempuan brp bagiannya",
  "islamic inheritance shares", "other")
N("kami nikah di singapura di catatan sipil sana, di indonesia lapornya gmn biar kecatat",
  "register marriage held abroad", "steps")
N("suami hilang pas melaut udh 2 taun, jenazahnya ga pernah ketemu. bisa dibuatin akta kematian?",
  "death certificate for missing person", "eligibility")
N("nemu bayi di depan rumah, ortunya ga diketahui. aktenya nanti gmn",
  "birth certificate for foundling", "steps")
N("sy kerja di hongkong dan blm pernah rekam ktp, bisa rekam di kjri?",
  "ktp recording abroad", "place")
N("ktp ilang pas lg kerja di korea, bisa dicetak ulang dr sana ga?",
  "replace ktp while abroad", "place")
N("suami wna pengen jadi wni, naturalisasi gmn prosesnya",
  "naturalization of foreign spouse", "steps")
N("sy dulu wni trus jadi warga belanda, sekarang mau balik jadi wni lagi bisa?",
  "regain indonesian citizenship", "eligibility")
N("pabrik kami mau pake tenaga ahli dari china, izin kerjanya gmn",
  "work permit for foreign worker", "steps")
N("temen bule mau liburan 2 bulan ke bali, visanya apa",
  "tourist visa for foreigner", "overview")
N("butuh skck tp sy lagi kuliah di jepang, bisa urus dr sini?",
  "skck while abroad", "place")
N("ada catatan kriminal lama di skck, bisa dihapus ga",
  "remove criminal record", "other")
N("mau cabut laporan polisi krn udh damai sama pelakunya, gmn",
  "withdraw police report", "steps")
N("kena tilang manual di jalan, sim ditahan polisi. ngambilnya dmn",
  "manual traffic ticket", "place")
N("uji kir mobil pickup buat usaha, dimana dan brp",
  "vehicle roadworthiness test", "cost")
N("motor sy dicat ulang dari merah ke hitam, perlu lapor samsat?",
  "vehicle color change", "other")
N("beli motor bekas ga ada surat2nya sama sekali, bisa dibikinin stnk?",
  "register vehicle without documents", "eligibility")
N("kredit mobil udh lunas, fidusianya mau dihapus gmn",
  "remove vehicle fiduciary", "steps")
N("kredit motor udh lunas 3 bulan tp bpkb blm dikasih leasing",
  "retrieve bpkb from leasing", "other")
N("sertifikat hgb ruko mau habis, perpanjangnya gmn",
  "extend hgb certificate", "steps")
N("mau naikin status hgb ke shm buat rumah tinggal",
  "upgrade hgb to shm", "steps")
N("tanah mau diwakafin ke masjid, sertifikat wakafnya gmn",
  "land endowment certificate", "steps")
N("patok tanah sy digeser tetangga, mau ukur ulang ke bpn gmn",
  "land boundary remeasurement", "steps")
N("tanah warisan diserobot orang, dia ngaku punya sertifikat juga",
  "land dispute", "other")
N("desa sy ga kebagian ptsl, mau sertifikatin tanah girik sendiri jalur biasa, biayanya brp",
  "regular first land registration cost", "cost")
N("imb rumah tahun 95 ilang, mau minta salinannya ke mana",
  "copy of lost old imb", "place")
N("mau kpr rumah subsidi flpp, syarat penghasilan maksimal brp",
  "subsidized housing loan", "eligibility")
N("subsidi listrik 900va daftarnya dimana biar dpt",
  "electricity subsidy", "place")
N("kjp plus buat anak sd di jakarta daftarnya gmn",
  "jakarta student aid", "steps")
N("beasiswa lpdp s2 luar negeri syaratnya apa",
  "lpdp scholarship", "documents")
N("sd swasta minta uang pangkal 15 juta, ada aturannya ga",
  "private school entry fee", "cost")
N("anak mau pindah smp tengah semester krn ikut ortu pindah kerja, ngurusnya gmn",
  "mid-year school transfer", "steps")
N("cek ijazah s1 asli atau palsu gmn caranya",
  "verify university diploma", "online")
N("akte mau dipake di belanda, katanya perlu apostille. dmn ngurusnya",
  "apostille for documents", "place")
N("pensiun pns bapak cair lewat taspen, ngurusnya gmn",
  "civil servant pension taspen", "steps")
N("bpjs kesehatan mandiri mau turun kelas dari 1 ke 3, bisa?",
  "change bpjs class", "eligibility")
N("kacamata bisa ditanggung bpjs ga, klaimnya gmn",
  "bpjs glasses claim", "steps")
N("berobat ke malaysia bisa pake bpjs?",
  "bpjs for treatment abroad", "eligibility")
N("perusahaan baru berdiri, cara daftarin karyawan ke bpjs ketenagakerjaan gmn",
  "employer registration bpjs tk", "steps")
N("kecelakaan motor bukan pas kerja, santunan jasa raharja klaimnya kemana",
  "traffic accident insurance claim", "place")
N("di phk setelah kerja 6 taun, pesangon yg bener brp kali gaji",
  "severance pay amount", "cost")
N("merek kopi sy mau didaftarin biar ga ditiru orang, ngurus haki dmn",
  "trademark registration", "place")
N("mau bikin pt perorangan, akta pendiriannya lewat ahu gmn",
  "sole-proprietor company setup", "steps")
N("frozen food dimsum rumahan, daftar bpom md nya gmn",
  "bpom registration for frozen food", "steps")
N("pabrik roti kami skala menengah, sertifikat halal reguler lewat lph prosesnya gmn",
  "regular halal certification", "steps")
N("buka klinik pratama, izin operasionalnya apa aja",
  "clinic operating license", "documents")
N("pajak umkm 0,5 persen itu bayarnya gmn tiap bulan",
  "msme final income tax", "steps")
N("spt lebih bayar, cara minta restitusi gmn",
  "tax refund", "steps")
N("surat keterangan belum menikah buat daftar polwan, bikin dmn",
  "single status letter", "place")
N("surat keterangan usaha dari kelurahan buat pinjem kur, syaratnya apa",
  "business certificate for loan", "documents")
N("jadi anggota kpps pemilu daftarnya dimana",
  "election poll worker registration", "place")
N("satu nik bisa dipake daftar brp nomor hp",
  "sim card limit per nik", "other")
N("nik sy dipake orang buat pinjol, tagihannya dtg ke sy terus",
  "identity misused for loan", "steps")
N("surat bebas narkoba buat lamar kerja dimana",
  "drug-free certificate", "place")

# ---------------------------------------------------------------- off_topic
O("halo", "greeting")
O("assalamualaikum min", "greeting")
O("p", "attention ping")
O("selamat pagi kak", "greeting")
O("makasih banyak ya infonya", "thanks")
O("oke siap", "acknowledgement")
O("wkwkwk", "laughter")
O("hahaha lucu bgt botnya", "laughter")
O("bot goblok ga ngerti2", "abuse")
O("kamu manusia apa robot sih", "asks if bot")
O("resep rendang padang yg empuk gmn", "recipe")
O("besok jakarta hujan ga", "weather")
O("siapa presiden pertama indonesia", "general knowledge")
O("ibukota provinsi kalimantan utara apa", "general knowledge")
O("umr bekasi 2026 brp", "minimum wage")
O("jadwal krl bogor jakarta pagi", "train schedule")
O("harga pertalite sekarang brp", "fuel price")
O("formasi cpns 2026 kapan dibuka", "civil service recruitment")
O("cara daftar jadi tentara lulusan sma", "military recruitment")
O("token listrik 100rb dapet brp kwh", "electricity token")
O("libur lebaran tahun depan tanggal brp", "holiday dates")
O("pinjem duit dong 500rb", "asks for money")
O("jual pulsa murah minat dm", "spam")
O("tebak2an yuk", "chit-chat")
O("good night min", "greeting")
O("nomor wa kamu brp kak", "asks contact")
O("kapan gaji ke 13 pns cair", "civil servant salary")
O("cara ngilangin jerawat", "health tip")
O("rekomendasi tempat wisata di malang dong", "travel tips")
O("rekomendasi hp 2 jutaan", "shopping advice")
O("skor persib semalem brp", "sports")
O("tolong bikinin puisi buat pacar", "creative request")
O("sepi ya", "chit-chat")
O("test", "test message")
O("\U0001F44D", "emoji")
O("njenengan saged basa jawi mboten", "asks language")
O("punten, ieu teh bot na aktif?", "asks if active")
O("harga emas antam hari ini", "gold price")
O("anjir lemot bgt balesnya", "abuse")
O("jadwal imsakiyah ramadan taun ini", "prayer schedule")

# ---------------------------------------------------------------- follow_up
F("bayi sy lahir minggu lalu, mau bikin akte gmn",
  "kalo udh lewat 60 hari gmn", ["akta-kelahiran-terlambat"], "late birth registration", "steps")
F("cara bikin ktp buat anak sy yg baru 17",
  "bisa diwakilin ga? anaknya lg mondok", ["ktp-el-baru"], "recording in person", "eligibility")
F("syarat bikin paspor baru apa aja",
  "jadinya brp hari", ["paspor-baru"], "passport processing time", "duration")
F("bpjs kesehatan mandiri daftarnya gmn",
  "kelas 3 sebulan brp", ["bpjs-kesehatan-mandiri"], "class 3 premium", "cost")
F("ktp sy ilang di angkot tadi pagi",
  "surat dr polisinya bayar ga", ["surat-kehilangan-polisi"], "police loss letter fee", "cost")
F("perpanjang sim c brp",
  "kalo udah mati seminggu?", ["sim-perpanjangan"], "expired license", "eligibility")
F("bikin skck buat ngelamar kerja perlu apa",
  "berlakunya brp lama", ["skck-baru"], "skck validity", "validity")
F("mau nikah, ngurus pendaftarannya di kua gmn",
  "kalo akadnya di gedung bayar?", ["nikah-kua"], "fee for wedding outside kua", "cost")
F("cara klaim jht gmn",
  "abis resign nunggu brp lama", ["bpjs-ketenagakerjaan-jht"], "jht waiting period", "duration")
F("balik nama motor bekas gmn caranya",
  "bpkb nya jadi brp lama", ["balik-nama-kendaraan"], "bpkb processing time", "duration")
F("stnk motor ilang",
  "biayanya berapaan", ["stnk-hilang"], "replacement stnk fee", "cost")
F("mau bikin kk baru abis nikah",
  "suami beda kota gmn", ["kk-baru-menikah"], "spouses from different cities", "documents")
F("sertifikat tanah ilang",
  "iklan di koran bayar sendiri?", ["sertifikat-tanah-hilang"], "newspaper notice cost", "cost")
F("cara daftar pip",
  "kalo anaknya smk dapet brp", ["pip"], "pip amount vocational school", "cost")
F("kip kuliah syaratnya apa",
  "lulusan 3 taun lalu masih bisa?", ["kip-kuliah"], "graduation year limit", "eligibility")
F("bikin npwp online gmn",
  "trus lapor spt nya kapan", ["spt-tahunan"], "annual return deadline", "duration")
F("sim internasional bikinnya gimana",
  "berlaku brp taun", ["sim-internasional"], "permit validity", "validity")
F("gmn cara pindah faskes bpjs",
  "berlakunya kapan", ["bpjs-kesehatan-pindah-faskes"], "when new clinic applies", "duration")
F("bpjs kesehatan nunggak 2 taun",
  "bisa dicicil?", ["bpjs-kesehatan-reaktivasi"], "installment for arrears", "cost")
F("mau daftar haji yg reguler caranya",
  "antrinya brp taun di kab bogor", ["pendaftaran-haji"], "hajj waiting time", "duration")
F("izin keramaian buat hajatan nikahan",
  "pake organ tunggal sampe malem perlu ke polres?", ["izin-keramaian"], "which police office", "place")
F("cek bansos lewat hp gmn",
  "kalo ga kedaftar gmn biar dapet", ["usulan-bansos-dtsen"], "apply for assistance", "steps")
F("akta kematian bapak udah jadi",
  "abis itu buat warisan rumah perlu apa lagi", ["surat-ahli-waris"], "heir letter after death", "steps")
F("cara lapor penipuan online",
  "laporan polisinya ke polres atau polda", ["penipuan-online"], "where to file police report", "place")
F("pbg buat rumah tinggal gmn",
  "imb lama masih berlaku ga", ["pbg-simbg"], "old imb validity", "validity")
F("mau mecah sertifikat warisan ortu",
  "apa mesti diubah dulu jadi atas nama ahli waris?", ["pemecahan-sertifikat-tanah"], "order of steps", "steps")
F("izin pirt buat keripik",
  "kalo frozen food nugget bisa?", ["spp-irt"], "frozen food eligibility", "eligibility")
F("cara daftar nib",
  "abis itu sertifikat halal bisa gratis?", ["sertifikat-halal-self-declare"], "free halal after nib", "cost")
F("dapet surat etle ke rumah",
  "motornya udh sy jual taun lalu", ["tilang-elektronik-etle"], "fine for sold vehicle", "other")
F("kia anak syaratnya apa",
  "kalo anaknya udh 6 taun perlu foto?", ["kia"], "photo for older child", "documents")
F("roya sertifikat rumah",
  "lama prosesnya?", ["roya"], "roya duration", "duration")
F("cara bikin aduan online ke lapor",
  "kalo ga ditanggepin?", ["pengaduan-lapor"], "escalation if ignored", "other")
F("daftar bpjs bayi baru lahir",
  "bayinya blm ada nik gmn", ["bpjs-kesehatan-bayi-baru-lahir"], "newborn without nik", "documents")
F("paspor pertama kali bikinnya gmn",
  "kalo visa schengen bisa dibantu sekalian?", [], "schengen visa", "other")
F("bikin sim c syaratnya apa",
  "kalo sim b1 buat truk gmn", [], "truck license b1", "documents")

# ---------------------------------------------------------------- english
E("How do I get a birth certificate for my newborn? We live in Bandung.",
  ["akta-kelahiran"], "birth certificate for newborn", "steps")
E("I lost my KTP on the bus, what do I need to get a new one?",
  ["ktp-el-hilang"], "replace lost ktp", "documents")
E("How much does a 10 year e-passport cost now?",
  ["paspor-baru"], "e-passport fee", "cost")
E("My wife is Indonesian and I'm British. Which permit lets me live here with her?",
  ["izin-tinggal-pasangan-wna"], "spouse residence permit", "overview")
E("can i renew my driving licence from my phone",
  ["sim-perpanjangan"], "renew license online", "online")
E("Can the international driving permit be posted to my home address?",
  ["sim-internasional"], "idp delivery", "online")
E("I was laid off last month. Is my BPJS health cover still active?",
  ["bpjs-kesehatan-phk"], "health cover after layoff", "validity")
E("How do I register for a personal tax number (NPWP)?",
  ["npwp-pribadi"], "personal tax id", "steps")
E("what's the deadline for the personal annual tax return",
  ["spt-tahunan"], "annual return deadline", "duration")
E("Our daughter has two nationalities. By when does she have to pick one?",
  ["kewarganegaraan-ganda-anak"], "dual citizenship choice", "duration")
E("I'm a foreigner holding a KITAP and married to an Indonesian. Can I get a KTP?",
  ["dokumen-kependudukan-wna"], "ktp for foreigner", "eligibility")
E("Got scammed by a fake seller and already transferred the money. What now?",
  ["penipuan-online"], "steps after scam", "steps")
E("How do I report a stolen motorbike to the police?",
  ["laporan-polisi"], "police report theft", "steps")
E("what documents for SKCK for a job application",
  ["skck-baru"], "police clearance documents", "documents")
E("Is the government land certification program PTSL really free?",
  ["sertifikat-tanah-ptsl"], "ptsl cost", "cost")
E("Our baby was born in Singapore. How do we register her back home in Indonesia?",
  ["kelahiran-luar-negeri"], "register birth abroad", "steps")
E("How do I apply for a tourist visa to Japan as an Indonesian citizen?",
  [], "visa for travel abroad", "steps")
E("Can I convert my Australian driver's license into an Indonesian SIM?",
  [], "convert foreign license", "eligibility")
E("How do I get a work permit for a foreign engineer at my company?",
  [], "foreign worker permit", "steps")
E("How do I register a trademark for my coffee brand?",
  [], "trademark registration", "steps")

# ---------------------------------------------------------------- complaint
C("petugas dukcapil di loket 3 judes bgt, sy nanya baik2 malah dibentak. ngadu kemana ya",
  ["pengaduan-lapor"], "rude civil registry officer")
C("udh 3x bolak balik kecamatan ke dukcapil cuma buat ganti status ktp, dilempar2 terus. capek",
  ["pengaduan-lapor"], "sent back and forth between offices")
C("samsat di kota sy antrinya dari jam 7 ampe jam 2 siang, loket cuma buka 2. pelayanan macam apa ini",
  ["pengaduan-lapor"], "long queue at samsat", "duration")
C("ngurus surat hilang di polsek dimintain 50rb katanya seikhlasnya tp maksa. emang boleh?",
  ["pengaduan-lapor", "surat-kehilangan-polisi"], "fee demanded for loss letter", "cost")
C("lbh yg katanya gratis minta uang transport 2 juta ke sy, padahal sy udh bawa sktm",
  ["pengaduan-lapor", "bantuan-hukum-gratis"], "legal aid asked for money", "cost")
C("operator sekolah bilang bisa masukin anak ke smp negeri favorit asal bayar 7 juta. ini pungli kan? lapornya kmn",
  ["pengaduan-lapor", "spmb-sekolah"], "school seat selling", "cost")
C("minta surat pengganti ijazah ke sekolah lama disuruh bayar 300rb buat administrasi",
  ["pengaduan-lapor", "ijazah-hilang"], "fee for replacement diploma", "cost")
C("pak rt ga mau kasih surat pengantar kalo iuran sampah blm lunas 6 bulan, padahal cuma buat ngurus kk",
  ["pengaduan-lapor", "surat-pengantar-rt-rw"], "rt withholds letter over dues", "other")
C("di samsat sy tetep ditagih bbn 2 pas balik nama motor bekas, katanya kan udah dihapus. kesel",
  ["pengaduan-lapor", "balik-nama-kendaraan"], "charged abolished transfer tax", "cost")
C("dana pip anak sy dipotong sekolah 200rb katanya buat uang komite",
  ["pengaduan-lapor", "pip"], "school cut pip funds", "cost")
C("lapor polisi kasus penipuan dari 5 bulan lalu sampe skrg ga ada perkembangan, penyidiknya susah banget ditemui",
  ["pengaduan-lapor", "laporan-polisi"], "police report stalled")
C("mau bikin lp di spkt malah disuruh bayar dulu biar diproses",
  ["pengaduan-lapor", "laporan-polisi"], "fee demanded for police report", "cost")
C("gaji sy dipotong buat bpjs kesehatan tiap bulan tp pas berobat katanya nonaktif, ternyata perusahaan ga nyetor",
  ["pengaduan-lapor", "bpjs-kesehatan-pekerja"], "employer did not pay bpjs")
C("pabrik ga daftarin kami ke bpjs tk, pas temen kecelakaan kerja malah disuruh bayar rs sendiri",
  ["pengaduan-lapor", "bpjs-tk-jkk"], "employer not registering work accident insurance")
C("ngurus izin keramaian buat acara 17an di polsek dimintain 1,5 juta tanpa kwitansi",
  ["pengaduan-lapor", "izin-keramaian"], "illegal fee for event permit", "cost")
C("sponsor minta uang fee 15 juta buat berangkat kerja ke taiwan, katanya biaya proses",
  ["pengaduan-lapor", "paspor-pmi"], "illegal placement fee", "cost")
C("petugas kpps di tps sy bagi2 amplop ke pemilih, sy ada videonya",
  ["pengaduan-lapor", "cek-dpt-pemilih"], "vote buying by poll officer")
C("aplikasi m-paspor error terus dari kemarin, ga bisa pilih jadwal, udh uninstall install juga sama aja",
  ["pengaduan-lapor"], "passport app keeps failing", "online")
C("coretax lemot parah, gagal login mulu padahal deadline spt udh mepet",
  ["pengaduan-lapor"], "tax system keeps failing", "online")
C("petugas kelurahan minta 100rb buat sktm, katanya biar cepet jadi",
  ["pengaduan-lapor"], "illegal fee at village office", "cost")
C("panitia ptsl di desa narik 1 juta per bidang, warga pada ga berani protes",
  ["pengaduan-lapor"], "excessive ptsl levy", "cost")
C("calo di satpas nawarin sim tanpa tes 800rb, petugasnya kayak udah tau sama tau",
  ["pengaduan-lapor"], "license broker colluding with officers", "cost")
C("blangko ktp kosong terus udh 4 bulan, tiap ke dukcapil disuruh balik bulan depan",
  ["pengaduan-lapor"], "ktp blank shortage delay", "duration")
C("petugas samsat kok ngono, ditakoni apik2 malah nesu2. pelayanane elek tenan",
  ["pengaduan-lapor"], "rude samsat officer")
C("Dengan hormat, saya ingin menyampaikan keluhan karena berkas roya saya di Kantor Pertanahan tidak ada kejelasan selama tiga bulan tanpa penjelasan dari petugas.",
  ["pengaduan-lapor"], "land office file stalled", "duration")


def main():
    rows = list(ROWS)
    random.Random(20261503).shuffle(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "rows to", out)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Held-out question set blind12 for the Layanan Warga help desk.
Every row below is written by hand; the helpers only fill in fields."""
import json, os, random

SEED = 20261401
OUT = os.path.dirname(os.path.abspath(__file__))
rows = []


def row(q, ids, group, need, aspect, prev=""):
    rows.append({"q": q, "ids": list(ids), "new_ids": [], "group": group,
                 "need": need, "aspect": aspect, "prev": prev})


def I(q, ids, need, aspect):
    row(q, ids, "in_scope", need, aspect)


def N(q, need, aspect):
    row(q, [], "near_miss", need, aspect)


def O(q, need, aspect="other"):
    row(q, [], "off_topic", need, aspect)


def F(prev, q, ids, need, aspect):
    row(q, ids, "follow_up", need, aspect, prev)


def E(q, ids, need, aspect):
    row(q, ids, "english", need, aspect)


def C(q, ids, need, aspect="other"):
    row(q, ["pengaduan-lapor"] + list(ids), "complaint", need, aspect)


# ---------------------------------------------------------------- in_scope
I("akte kelahiran anak sy ilang ga tau kmn, mau daftar sd diminta akte. bisa minta cetak ulang ga ya min",
  ["akta-kelahiran-hilang-rusak"], "replace lost birth certificate", "steps")
I("akta lahir sy terbitan dukcapil surabaya, skrg domisili makassar. ngurus ganti akta yg sobek hrs balik ke sby?",
  ["akta-kelahiran-hilang-rusak"], "where to replace torn birth certificate", "place")
I("bapak sy umur 58 blm pernah punya akte lahir, buat ngurus pensiun diminta. masih bisa dibikin? harus sidang ga",
  ["akta-kelahiran-terlambat"], "birth certificate for adult never registered", "eligibility")
I("anak ketiga lahir 2019 blm dibikinin akte krn sibuk kerja, skrg kena denda ga kak",
  ["akta-kelahiran-terlambat"], "fine for late birth registration", "penalty")
I("akte telat", ["akta-kelahiran-terlambat"], "late birth certificate", "overview")
I("lahiran di rumah dibantu paraji, ga ada surat dr bidan. akta anak tetep bisa dibuat?",
  ["akta-kelahiran"], "birth certificate without birth letter", "documents")
I("bayi lahir minggu lalu, mau urus akte sekalian masukin ke kk. bawa apa aja",
  ["akta-kelahiran", "kk-tambah-anggota"], "birth certificate and add baby to family card", "documents")
I("mertua meninggal di rumah tgl 3 kemarin, ga ada surat dr rs. akta kematiannya gmn",
  ["akta-kematian"], "death certificate for home death", "documents")
I("simbah seda wingi sonten, akta kematiane ngurus ning ndi nggih?",
  ["akta-kematian"], "where to get death certificate (Javanese)", "place")
I("di akte lahir nama sy diketik 'Rahmad' harusnya 'Rachmad' kyk di ijazah. bisa dibenerin di dukcapil aja kan ga usah sidang?",
  ["akta-pembetulan"], "correct typo in birth certificate", "steps")
I("putusan cerai dr PN Kupang udh inkracht, akta cerainya dibikin dmn? kami katolik",
  ["akta-perceraian"], "where to get divorce certificate non-muslim", "place")
I("Selamat siang. Kami pasangan Kristen, putusan cerai dari PN sudah inkracht. Berapa hari batas melapor ke Disdukcapil?",
  ["akta-perceraian"], "deadline to register non-muslim divorce", "duration")
I("abis pemberkatan di gereja bulan depan, ke catatan sipil bawa apa aja ya",
  ["akta-perkawinan-nonmuslim"], "documents for civil marriage registration", "documents")
I("beli beat bekas dr temen kantor, mau ganti nama stnk bpkb ke nama sy. bbn masih bayar ga sih skrg",
  ["balik-nama-kendaraan"], "cost of used motorbike ownership transfer", "cost")
I("balik nama mobil, mobilnya hrs dibawa ke samsat?",
  ["balik-nama-kendaraan"], "vehicle inspection for ownership transfer", "documents")
I("bapak udh wafat thn lalu, sertifikat rumah masih nama beliau. kami 4 bersaudara mau ganti ke nama ahli waris, urus dmn",
  ["balik-nama-sertifikat-tanah", "surat-ahli-waris"], "transfer inherited land title", "steps")
I("beli tanah 200 jt, pajak yg dibayar pembeli sama penjual apa aja",
  ["balik-nama-sertifikat-tanah"], "taxes on land purchase", "cost")
I("adik sy ditangkap polres krn kasus narkoba, kami org susah ga sanggup bayar advokat. ada yg gratis?",
  ["bantuan-hukum-gratis"], "free lawyer for detained relative", "eligibility")
I("bayi sy umur 2 minggu, kami peserta bpjs mandiri kls 3. daftarin bayinya gmn, nik nya blm keluar",
  ["bpjs-kesehatan-bayi-baru-lahir"], "register newborn to bpjs", "steps")
I("punten, kumaha carana ngadaptarkeun orok nembe lahir ka bpjs?",
  ["bpjs-kesehatan-bayi-baru-lahir"], "register newborn to bpjs (Sundanese)", "steps")
I("sy jualan bakso, mau daftar bpjs buat sekeluarga 4 org. kelas 2 bayar perbulan brp",
  ["bpjs-kesehatan-mandiri"], "monthly premium self-paid bpjs", "cost")
I("kis ibu sy tiba2 gabisa dipake di puskesmas, katanya pbi nya nonaktif. ibu janda ga kerja, gmn aktifin lg",
  ["bpjs-kesehatan-pbi"], "reactivate government-paid bpjs", "steps")
I("gaji sy 8 juta, potongan bpjs kesehatan dr gaji harusnya brp sebulan",
  ["bpjs-kesehatan-pekerja"], "employee bpjs deduction", "cost")
I("mau nambahin ibu kandung ke bpjs kesehatan dr kantor suami bisa ga",
  ["bpjs-kesehatan-pekerja"], "add parent to employer bpjs", "eligibility")
I("kena phk dr pabrik garmen bulan lalu, bpjs kesehatan sy sama anak2 masih aktif ga?",
  ["bpjs-kesehatan-phk"], "health coverage after layoff", "eligibility")
I("baru di phk kemarin, mau nanya bpjs kesehatan gmn dan ada tunjangan jkp ga",
  ["bpjs-kesehatan-phk", "bpjs-tk-jkp"], "health cover and job loss benefit after layoff", "overview")
I("faskes bpjs sy masih klinik deket kantor lama, pengen pindah ke puskesmas deket rumah. lwt hp bisa?",
  ["bpjs-kesehatan-pindah-faskes"], "change primary clinic online", "online")
I("bpjs mandiri nunggak 2 thn, istri mau lahiran bulan depan. kalo dilunasin skrg ada dendanya?",
  ["bpjs-kesehatan-reaktivasi"], "penalty after paying bpjs arrears", "penalty")
I("jht almarhum suami mau dicairin, sy istrinya, syaratnya apa",
  ["bpjs-ketenagakerjaan-jht"], "heir claims deceased JHT", "documents")
I("sy driver ojol, mau ikut bpjs ketenagakerjaan bayar sendiri, paling murah brp sebulan",
  ["bpjs-tk-bpu"], "self-employed bpjs tk premium", "cost")
I("tangan suami sy kelindes mesin press di pabrik, 2 jari putus. biaya rs ditanggung bpjs tk ga?",
  ["bpjs-tk-jkk"], "work accident medical coverage", "eligibility")
I("ayah meninggal krn stroke, beliau terdaftar bpjs ketenagakerjaan dr kantornya. santunannya brp ya",
  ["bpjs-tk-jkm"], "death benefit amount", "cost")
I("di phk krn efisiensi, katanya ada uang 60% gaji dr bpjs tk. ngajuinnya lewat mana",
  ["bpjs-tk-jkp"], "claim job loss benefit", "online")
I("umur sy 57, iuran jaminan pensiun baru 12 thn. bisa dpt pensiun bulanan ga?",
  ["bpjs-tk-jp"], "monthly pension eligibility", "eligibility")
I("bpkb avanza ilang waktu pindahan rumah, ngurus gantinya brp lama",
  ["bpkb-hilang"], "time to replace lost bpkb", "duration")
I("buku nikah kami ilang, nikahnya dulu di kua ciamis tp skrg tinggal di batam. ngurusnya gmn",
  ["buku-nikah-hilang-rusak"], "duplicate marriage book from another city", "place")
I("cara ngecek nama ibu sy dpt bpnt atau ngga",
  ["cek-bansos"], "check social assistance status", "online")
I("cek bansos", ["cek-bansos"], "check social assistance", "overview")
I("ktp padang, kerja di batam. pas pemilu nanti mau nyoblos disini urusnya gmn",
  ["cek-dpt-pemilih"], "vote away from home", "steps")
I("ngajuin berkas di bpn 2 bulan lalu blm ada kabar, progresnya bisa dipantau lwt hp?",
  ["cek-sertifikat-sentuh-tanahku"], "track land office application online", "online")
I("sy mau ngajuin cerai, suami kdrt. daftarnya ke PA mana, sy skrg tinggal di rumah ortu di sleman",
  ["cerai-pengadilan-agama"], "which religious court to file divorce", "place")
I("suami kabur 3 taun ga ada kabar, sy bisa ngajuin cerai ga",
  ["cerai-pengadilan-agama"], "divorce when husband disappeared", "eligibility")
I("istri sy wn filipina udh pegang kitap, bisa masuk kk sy dan punya ktp?",
  ["dokumen-kependudukan-wna"], "foreign spouse id card and family card", "eligibility")
I("nama anak mau diganti dr 'Bagus' jadi 'Muhammad Bagus Saputra', prosesnya lwt mana",
  ["ganti-nama"], "change child's name", "steps")
I("ijazah smp sy kebakar bareng rumah, sekolahnya udh tutup. ngurus kemana",
  ["ijazah-hilang"], "replace burnt diploma, school closed", "place")
I("aktivasi ktp digital harus dtg ke dukcapil atau bisa sendiri dr hp",
  ["ikd"], "activate digital id", "online")
I("ortu dulu cuma nikah agama thn 95 ga tercatat di kua, skrg mau dibikinin buku nikah. jalurnya apa",
  ["itsbat-nikah"], "register old unrecorded marriage", "steps")
I("rt kami mau ngadain panggung 17an pake sound gede di lapangan, izin ke polsek paling telat brp hari sebelumnya",
  ["izin-keramaian"], "lead time for event permit", "duration")
I("suami sy org jerman, mau tinggal di bali bareng sy. izin tinggal apa yg diurus",
  ["izin-tinggal-pasangan-wna"], "residence permit for foreign husband", "steps")
I("ngelamar di pabrik diminta kartu kuning, bikinnya dmn dan bawa apa",
  ["kartu-kuning-ak1"], "job seeker card", "documents")
I("prakerja 2026 udh buka blm min",
  ["kartu-prakerja"], "is prakerja open", "other")
I("anak kami lahir di hongkong wkt sy masih kerja disana jd art, bapaknya jg wni. skrg udh pulang ke blitar tp anak blm punya nik, gmn biar bisa masuk kk",
  ["kelahiran-luar-negeri"], "register child born abroad", "steps")
I("paman meninggal pas umroh di mekkah, keluarga bingung jenazahnya dipulangin atau dimakamkan disana. lapornya kemana",
  ["kematian-luar-negeri"], "report death abroad", "place")
I("anak sy bapaknya org australia, skrg umur 17. pas 18 nanti wajib milih kewarganegaraan? caranya gmn",
  ["kewarganegaraan-ganda-anak"], "dual citizen child choosing nationality", "steps")
I("kia anak sy yg umur 3 thn perlu pas foto ga",
  ["kia"], "child id card photo requirement", "documents")
I("anak lulus sma taun ini, ortu buruh tani. mau daftar kip kuliah syaratnya apa",
  ["kip-kuliah"], "college aid requirements", "documents")
I("baru nikah 2 minggu, mau bikin kk sendiri keluar dr kk mertua. bawa apa aja",
  ["kk-baru-menikah"], "new family card after marriage", "documents")
I("kk ilang, harus ke polsek dulu ga?",
  ["kk-hilang-rusak"], "lost family card police letter", "documents")
I("pendidikan di kk msh slta padahal udh s1, gantinya gmn",
  ["kk-perubahan-biodata"], "update education in family card", "documents")
I("sy janda cerai, mau bikin kk sendiri sama 2 anak, keluar dr kk mantan suami",
  ["kk-pisah"], "own family card after divorce", "documents")
I("pecah kk", ["kk-pisah"], "split family card", "overview")
I("keponakan dr garut mau numpang kk sy di bandung biar bisa sekolah disini, bisa?",
  ["kk-tambah-anggota"], "add relative to family card", "eligibility")
I("anak baru 17 taun, rekam ektp pertama bawa apa aja",
  ["ktp-el-baru"], "first e-ktp documents", "documents")
I("umur 16 udh nikah, boleh bikin ktp?",
  ["ktp-el-baru"], "id card for married minor", "eligibility")
I("ktp ilang di terminal, sy lg kerja di jakarta tp ktp solo. ngurus hrs pulang ke solo?",
  ["ktp-el-hilang"], "replace lost id outside home region", "place")
I("ktp ilang", ["ktp-el-hilang"], "lost id card", "overview")
I("mas, ktp kulo ical wonten peken, ngurusipun pripun nggih?",
  ["ktp-el-hilang"], "lost id card (Javanese)", "steps")
I("dompet sy dicopet di krl, isinya ktp sama sim c. ngurus ulangnya gmn",
  ["ktp-el-hilang", "sim-hilang-rusak"], "replace stolen id card and driving licence", "steps")
I("udh nikah 3 thn tp ktp sy statusnya blm kawin, benerinnya gmn",
  ["ktp-el-perubahan-data"], "update marital status on id", "documents")
I("habis cerai di PA, status ktp pengen diubah jd cerai hidup",
  ["ktp-el-perubahan-data"], "update id after divorce", "documents")
I("ektp sy retak kelipet di dompet, ga kebaca di teller bank. ganti bayar ga",
  ["ktp-el-rusak"], "replace damaged e-ktp cost", "cost")
I("motor udh sy jual ke org, tp dia blm balik nama. takut kena pajak progresif sama tilang, gmn",
  ["lapor-jual-kendaraan"], "report sold vehicle", "steps")
I("rumah kemalingan tadi malem, laptop sama hp raib. bikin laporan ke polsek bawa apa aja",
  ["laporan-polisi"], "file police report for burglary", "documents")
I("daftar cpns diminta fotokopi akta yg dilegalisir, akta sy yg baru ada barcode nya. masih perlu cap basah?",
  ["legalisir-dokumen-kependudukan"], "legalisation of QR civil documents", "other")
I("pindah kerja ke palembang, motor plat B mau dijadiin plat BG. cabut berkasnya dmn",
  ["mutasi-kendaraan"], "transfer vehicle registration between regions", "steps")
I("buka laundry kiloan di rumah, perlu izin apa? nib itu bayar ga",
  ["nib-oss"], "business id for small business", "cost")
I("mau buka rekening bri ditolak, katanya data nik sy ga padan sama dukcapil. knp ya",
  ["nik-tidak-terdaftar"], "NIK data mismatch", "other")
I("akad di rumah hari minggu, biaya ke kua brp",
  ["nikah-kua"], "marriage fee outside KUA", "cost")
I("daftar nikah paling lambat brp hari sebelum akad",
  ["nikah-kua"], "marriage registration deadline", "duration")
I("cv kami baru berdiri, npwp nya daftar lwt coretax ya? dokumennya apa aja",
  ["npwp-badan"], "company tax number documents", "documents")
I("sy karyawan baru, hrd minta npwp. bikin online dmn",
  ["npwp-pribadi"], "personal tax number online", "online")
I("pajak mobil telat 8 bulan dendanya brp",
  ["pajak-kendaraan-tahunan"], "late vehicle tax fine", "penalty")
I("motor atas nama kakak, bayar pajaknya bisa pake ktp sy?",
  ["pajak-kendaraan-tahunan"], "pay tax for vehicle in someone else's name", "documents")
I("mau umroh thn depan, blm pernah punya paspor. bawa apa aja buat bikin",
  ["paspor-baru"], "first passport documents", "documents")
I("biaya e-paspor yg 10 thn brp skrg",
  ["paspor-baru"], "e-passport fee", "cost")
I("kemarin paspor suami ketinggalan di kantong celana terus kecuci di mesin cuci, lembarannya lecek dan tintanya luntur semua. bulan depan mau ke malaysia, dendanya brp ya",
  ["paspor-hilang-rusak"], "fee for damaged passport", "cost")
I("mau kerja jd caregiver di taiwan, bikin paspornya perlu rekomendasi disnaker?",
  ["paspor-pmi"], "passport for migrant worker", "documents")
I("sppt pbb taun ini blm nyampe ke rumah, cek tagihannya dmn",
  ["pbb-p2"], "check property tax bill", "online")
I("telat bayar pbb 2 thn dendanya gmn",
  ["pbb-p2"], "late property tax penalty", "penalty")
I("mau renov rumah nambah lantai 2, perlu izin pbg? ngurusnya gmn",
  ["pbg-simbg"], "building permit for renovation", "steps")
I("tanah warisan 600 meter mau dibagi buat 3 anak, biaya mecah sertifikat di bpn kira2 brp",
  ["pemecahan-sertifikat-tanah"], "cost to split land title", "cost")
I("daftar haji skrg setoran awalnya brp",
  ["pendaftaran-haji"], "hajj initial deposit", "cost")
I("lampu jalan di gang kami mati udh 3 bulan, laporinnya kemana",
  ["pengaduan-lapor"], "report broken street light", "place")
I("bikin aduan lewat web lapor bisa ga pake nama asli?",
  ["pengaduan-lapor"], "anonymous public complaint", "other")
I("anak sy dr nikah siri, di aktanya cuma ada nama ibu. bapaknya mau ngakuin, caranya gmn",
  ["pengakuan-anak"], "add father's name via acknowledgement", "steps")
I("mau adopsi anak dr panti asuhan, syaratnya apa aja",
  ["pengangkatan-anak"], "adoption requirements", "eligibility")
I("kami baru dpt buku nikah stlh sidang isbat, anak udh lahir duluan. aktanya diapain",
  ["pengesahan-anak"], "legitimise child after itsbat", "steps")
I("ketipu jual beli hp di fb marketplace, udh transfer 3 jt. lapor kmn biar rekening nya diblokir",
  ["penipuan-online"], "report online scam and block account", "steps")
I("abis buka file apk undangan nikahan di wa, saldo m-banking ludes. hrs gmn",
  ["penipuan-online"], "apk phishing drained account", "steps")
I("udh pegang skpwni dr klaten, skrg di tangerang hrs ngapain",
  ["pindah-datang"], "register arrival at new address", "steps")
I("mau pindah dr medan ke pekanbaru sekeluarga, surat pindahnya bisa diurus dr pekanbaru aja?",
  ["pindah-keluar-skpwni"], "get moving letter from destination", "place")
I("pindah dr surabaya ke malang, gmn urus surat pindah sama ktp baru disana",
  ["pindah-keluar-skpwni", "pindah-datang"], "move city: moving letter and new id", "steps")
I("mau kuliah s2 di belanda 2 thn, perlu lapor dukcapil ga?",
  ["pindah-luar-negeri"], "report moving abroad for study", "eligibility")
I("anak sd kls 3 dapet pip brp setahun",
  ["pip"], "PIP amount for primary school", "cost")
I("kpr btn udh lunas, sertifikat udh dipegang. roya ke bpn biayanya brp",
  ["roya"], "cost of mortgage release", "cost")
I("usaha keripik singkong rumahan, mau label halal gratis daftarnya dmn",
  ["sertifikat-halal-self-declare"], "free halal certificate for micro business", "place")
I("sertifikat tanah sy masih model lama buku hijau, wajib diganti elektronik ga?",
  ["sertifikat-tanah-elektronik"], "is paper land title still valid", "validity")
I("sertifikat rumah ilang dicuri bareng tas, urus di bpn lama ga",
  ["sertifikat-tanah-hilang"], "time to replace lost land title", "duration")
I("desa kami katanya kebagian ptsl thn ini, panitia minta 150rb per bidang, wajar ga?",
  ["sertifikat-tanah-ptsl"], "PTSL preparation fee", "cost")
I("mau bikin sim a pertama, tes psikologinya dmn",
  ["sim-baru"], "new car licence tests", "steps")
I("punten, abdi bade ngadamel sim c, syaratna naon wae?",
  ["sim-baru"], "new motorbike licence requirements (Sundanese)", "documents")
I("sim c ilang bareng tas, masih berlaku smp 2027. harus ujian ulang?",
  ["sim-hilang-rusak"], "retest for lost licence", "eligibility")
I("mau road trip di jepang, sim internasional daftarnya online bisa?",
  ["sim-internasional"], "international driving permit online", "online")
I("sim udh lewat 3 hari, msh bisa diperpanjang ga",
  ["sim-perpanjangan"], "renew expired licence", "eligibility")
I("perpanjang sim", ["sim-perpanjangan"], "renew driving licence", "overview")
I("skck buat lamaran ke bumn bikinnya di polsek apa polres",
  ["skck-baru"], "which police office for SKCK", "place")
I("skck sy masih berlaku seminggu lg, mau perpanjang bawa apa",
  ["skck-perpanjangan"], "SKCK renewal documents", "documents")
I("sktm buat keringanan biaya rs anak, bikin di kelurahan bawa apa",
  ["sktm"], "low-income letter documents", "documents")
I("anak umur 6 thn 3 bln per juli, bisa daftar sd negeri?",
  ["spmb-sekolah"], "primary school age requirement", "eligibility")
I("jalur afirmasi smp buat kel ga mampu syaratnya apa",
  ["spmb-sekolah"], "affirmation admission track", "documents")
I("jualan sambel bawang botolan, izin pirt gmn ngurusnya",
  ["spp-irt"], "home food production permit", "steps")
I("lupa lapor spt taun kemarin, dendanya brp",
  ["spt-tahunan"], "late tax return fine", "penalty")
I("stnk motor ilang, bpkb masih di adira krn kredit. tetep bisa diurus?",
  ["stnk-hilang"], "replace lost STNK while BPKB at leasing", "documents")
I("stnk mobil udh 5 thn, sekalian ganti plat. bpkb nya hrs dibawa?",
  ["stnk-lima-tahunan"], "five-year STNK documents", "documents")
I("mau cairin tabungan almh ibu di bank, bank minta surat keterangan waris. bikin dmn",
  ["surat-ahli-waris"], "heir certificate", "place")
I("ngekos di jogja ktp lampung, kampus minta surat domisili. gmn bikinnya",
  ["surat-domisili"], "residence letter for student", "steps")
I("atm sama buku tabungan ilang, surat kehilangannya bikin dmn",
  ["surat-kehilangan-polisi"], "where to get police loss letter", "place")
I("bikin ktp di dukcapil masih perlu pengantar rt ga sih",
  ["surat-pengantar-rt-rw"], "is RT letter needed for id card", "documents")
I("dapet surat etle nerobos lampu merah, bayarnya gmn",
  ["tilang-elektronik-etle"], "pay electronic ticket", "steps")
I("keluarga sy buruh serabutan anak 5 ga pernah dapet bantuan apa2. daftar dtsen lwt mana",
  ["usulan-bansos-dtsen"], "register for social assistance", "steps")

# ---------------------------------------------------------------- near_miss
N("biaya bikin sim b1 umum buat nyupir truk brp", "truck driving licence fee", "cost")
N("syarat sim d buat penyandang disabilitas apa ya", "disability driving licence", "eligibility")
N("setoran awal haji plus / haji khusus brp dolar skrg", "special hajj deposit", "cost")
N("mau umroh lewat travel, cara ngecek travelnya resmi ato abal2 gmn", "verify umrah travel agent", "other")
N("bikin visa turis ke jepang syaratnya apa aja", "Japan tourist visa", "documents")
N("plat nomor belakang motor ilang dicolong orang, bikin plat baru aja gmn", "replace stolen number plate only", "steps")
N("uji kir mobil pick up buat usaha dimana ngurusnya", "commercial vehicle roadworthiness test", "place")
N("bpjs nanggung kacamata ga? plafonnya brp", "bpjs eyeglasses benefit", "cost")
N("operasi caesar ditanggung bpjs kelas 3 ga ya", "bpjs coverage for caesarean", "eligibility")
N("pesangon kena phk masa kerja 7 thn hitungannya gmn", "severance pay calculation", "cost")
N("paspor mau habis, sy lg kerja di osaka. perpanjangnya di kjri gmn", "renew passport abroad", "steps")
N("surat keterangan belum menikah dr kelurahan buat daftar tni, gmn bikinnya", "single status letter", "steps")
N("surat keterangan usaha (sku) dr desa buat ngajuin kur, syaratnya apa", "village business letter", "documents")
N("nikah beda agama islam sama kristen, bisa dicatat di dukcapil ga?", "interfaith marriage registration", "eligibility")
N("kami nikah di singapura thn lalu, dua2nya wni. pencatatannya di indonesia gmn", "register marriage held abroad", "steps")
N("rujuk sama istri stlh talak satu, perlu ke kua lagi?", "reconciliation after talak", "steps")
N("anak sy 17 thn hamil mau dinikahkan, dispensasi kawin di pengadilan agama prosesnya gmn", "marriage dispensation procedure", "steps")
N("pembagian harta gono gini setelah cerai gmn caranya", "division of marital property", "other")
N("patok tanah digeser tetangga, sengketa batas lapor bpn bisa?", "land boundary dispute", "other")
N("rumah perumahan masih shgb, mau ditingkatin jadi shm gmn", "upgrade HGB to freehold", "steps")
N("bayar pajak umkm 0,5 persen tiap bulan caranya", "MSME final income tax payment", "steps")
N("spt sy lebih bayar, restitusinya gmn ngajuinnya", "tax refund", "steps")
N("sy wna korea tinggal di jakarta, mau bikin skck utk visa kerja ke kanada bisa?", "police certificate for foreigner", "eligibility")
N("apostille akta kelahiran buat kuliah di jerman ngurusnya dmn", "apostille of birth certificate", "place")
N("beasiswa lpdp s2 luar negeri syaratnya apa", "postgraduate scholarship", "documents")
N("bantuan bedah rumah rtlh daftarnya gmn", "home renovation aid", "steps")
N("syarat kur bri 50 juta buat warung", "micro business loan requirements", "documents")
N("restoran sy udh skala menengah, sertifikat halal reguler lewat lph biayanya brp", "regular halal certification fee", "cost")
N("dimsum frozen rumahan, izin bpom md nya gmn ngurus", "BPOM registration for frozen food", "steps")
N("daftar merek dagang biar logo ga dicontek orang, kemana", "trademark registration", "place")
N("mau cabut laporan polisi krn udh damai sama pelaku, bisa?", "withdraw police report", "steps")
N("salah transfer 2 jt ke rekening org lain, bukan ketipu. gmn mintanya balik", "recover mistaken bank transfer", "steps")
N("suami hilang di laut pas melaut, jenazah ga ketemu. akta kematiannya gmn", "death certificate for missing person", "documents")
N("nemu bayi ditaruh di depan rumah, akta kelahirannya nanti gimana", "birth certificate for foundling", "steps")
N("pensiun janda pns di taspen ngurusnya gmn, suami baru meninggal", "civil servant widow pension", "steps")
N("klaim jasa raharja ditabrak mobil pas boncengan (bukan kerja) gmn", "traffic accident insurance claim", "steps")
N("rujukan bpjs ke rs tipe a di kota lain bisa langsung?", "bpjs referral to hospital", "steps")
N("bpjs mandiri mau naik dr kelas 3 ke kelas 1, caranya", "change bpjs class", "steps")
N("sim malaysia bisa dikonversi jd sim indonesia ga", "convert foreign driving licence", "eligibility")
N("pajak tahunan motor listrik gratis ga sih", "electric vehicle tax", "cost")
N("pajak motor mati 4 thn, katanya datanya udh dihapus. bisa diregistrasi lagi ga", "restore deleted vehicle registration", "steps")
N("ganti warna motor dr merah ke hitam perlu lapor samsat?", "report vehicle colour change", "steps")
N("pesen plat nomor cantik pilihan sendiri gmn caranya", "custom number plate", "steps")
N("denda overstay turis bule per hari brp skrg", "overstay fine for tourists", "penalty")
N("suami wn inggris mau jadi wni, naturalisasinya gmn", "naturalisation of foreign spouse", "steps")
N("pindah sekolah smp anak di tengah semester krn pindah kota, prosedurnya", "mid-year school transfer", "steps")
N("daftar tk negeri umur brp", "kindergarten admission age", "eligibility")
N("penyetaraan ijazah s1 dr luar negeri dimana", "foreign degree recognition", "place")
N("daftar paket c di pkbm syaratnya apa", "equivalency exam registration", "documents")
N("badal haji buat almarhum bapak daftarnya dmn", "proxy hajj for deceased", "place")
N("mau bikin surat wasiat di notaris biayanya brp", "will at notary", "cost")
N("pembagian waris islam anak perempuan dpt brp bagian", "islamic inheritance shares", "other")
N("daftar jadi anggota kpps pilkada syaratnya", "polling station officer registration", "eligibility")
N("tanah wakaf buat musholla mau disertifikatkan gmn", "certify endowment land", "steps")
N("mau pinjem bank pake jaminan sertifikat, pasang hak tanggungan di bpn prosesnya gmn", "register mortgage on land", "steps")
N("motor peninggalan alm. bapak mau diganti ke nama ibu, syaratnya apa", "vehicle transfer by inheritance", "documents")
N("pelatihan gratis di blk daftarnya kapan", "vocational training centre", "other")
N("dukcapil sabtu buka ga", "civil registry opening hours", "other")
N("nomor wa dukcapil kota bekasi brp", "civil registry contact number", "other")
N("plat nomor putih kapan wajib, yg hitam hrs ganti?", "white number plate change", "other")
N("potongan jht dr gaji karyawan brp persen", "JHT contribution rate", "cost")
N("kartu kuning sy ilang, bikin lagi gmn", "replace lost job seeker card", "steps")
N("izin praktik bidan mandiri ngurusnya dmn", "midwife practice licence", "place")
N("izin trayek angkot baru gmn", "public minibus route permit", "steps")
N("beli rumah subsidi flpp syaratnya apa aja", "subsidised housing requirements", "documents")
N("sertifikat ptsl udh jadi tp nama sy salah ketik, benerinnya dmn", "correct name on land title", "place")
N("cuti melahirkan skrg 6 bulan? gaji dibayar full ga", "maternity leave rules", "other")
N("ayah meninggal, bukan peserta bpjs tk. ada santunan kematian dr dinsos?", "social death benefit for non-members", "eligibility")
N("bantuan modal usaha buat umkm dr pemerintah ada ga", "government business grant", "eligibility")
N("calon suami org malaysia, nikah di kua syarat tambahannya apa", "KUA marriage with foreign groom", "documents")

# ---------------------------------------------------------------- off_topic
O("halo min", "greeting")
O("p", "ping")
O("tes tes", "test message")
O("wkwkwk makasih ya bot", "laughter and thanks")
O("makasih banyak kak infonya membantu bgt 🙏", "thanks")
O("bot goblok ga ngerti2 dari tadi", "insult")
O("kamu manusia apa robot sih", "asks if bot is human")
O("siapa presiden indonesia skrg", "current president")
O("resep rendang padang biar empuk gmn", "recipe")
O("besok hujan ga di depok", "weather forecast")
O("harga emas antam hari ini brp", "gold price")
O("kurs dolar ke rupiah hari ini", "exchange rate")
O("libur lebaran 2027 tgl brp aja", "holiday dates")
O("pasang listrik baru pln 1300 va biayanya brp", "new electricity connection", "cost")
O("token listrik udh dibeli tp ga masuk2", "electricity token problem")
O("lowongan cpns 2026 kapan dibuka", "civil service recruitment")
O("barusan gempa kerasa ga di cianjur", "earthquake chat")
O("jadwal krl bogor ke jakarta kota jam brp aja", "train schedule")
O("rekomendasi hp 2 jutaan dong kak", "phone recommendation")
O("yg menang pilpres kemarin siapa sih", "election result")
O("partai mana yg bagus buat dipilih nanti", "political party advice")
O("cara bikin surat lamaran kerja yg menarik", "cover letter tips")
O("sila ke 4 pancasila bunyinya apa", "general knowledge")
O("ibukota pindah ke ikn kapan jadinya", "capital relocation")
O("kak aku lagi sedih abis diputusin", "personal chat")
O("assalamualaikum", "greeting")
O("apakah layanan ini benar resmi dari pemerintah?", "asks if service is official")
O("dasar bot ga guna", "insult")
O("ok", "acknowledgement")
O("ga jadi deh", "cancels")
O("harga pertalite skrg brp seliter", "fuel price", "cost")
O("zakat fitrah taun ini brp per jiwa", "zakat amount", "cost")
O("jadwal imunisasi polio di posyandu kapan", "immunisation schedule")
O("gaji ke 13 pns cair kapan", "civil servant bonus date")
O("tolong buatin puisi buat ibu", "write a poem")
O("jarak jakarta surabaya brp km", "distance")
O("nomor ambulans gratis brp", "ambulance number")
O("bisa pake bahasa jawa ga min", "asks about language")
O("hahaha lucu bgt jawabannya", "laughter")
O("cara daftar jualan di tiktok shop", "e-commerce seller signup")

# ---------------------------------------------------------------- follow_up
F("ktp sy ilang pas mudik kemarin, ngurusnya gmn ya", "bayar ga?",
  ["ktp-el-hilang"], "cost of replacing lost id", "cost")
F("ktp ilang di angkot, harus ngapain dulu", "surat polisinya bikin dmn",
  ["surat-kehilangan-polisi"], "where to get police loss letter", "place")
F("mau bikin paspor buat liburan ke korea", "jadinya brp hari",
  ["paspor-baru"], "passport processing time", "duration")
F("bayi sy baru lahir di bidan desa, akte nya gmn", "kalo bpjs nya sekalian?",
  ["bpjs-kesehatan-bayi-baru-lahir"], "register newborn to bpjs", "steps")
F("sim c sy habis bulan depan, perpanjangnya dmn", "bisa online ga",
  ["sim-perpanjangan"], "renew licence online", "online")
F("sim a sy mati udh 2 bulan, bisa diperpanjang?", "trus ujiannya ngapain aja",
  ["sim-baru"], "tests for new licence", "steps")
F("mau nikah bulan depan, daftarnya di kua kecamatan", "kalo akadnya di gedung brp",
  ["nikah-kua"], "fee for wedding outside KUA", "cost")
F("mau cairin jht, udh resign dr pt", "lewat jmo bisa?",
  ["bpjs-ketenagakerjaan-jht"], "claim JHT via app", "online")
F("kena phk kemarin, jht bisa cair?", "jkp juga dapet?",
  ["bpjs-tk-jkp"], "job loss benefit", "eligibility")
F("stnk motor ilang di parkiran pasar", "biayanya brp",
  ["stnk-hilang"], "cost to replace STNK", "cost")
F("bpkb motor ilang, gmn ngurusnya", "knp lama bgt 3 bulan?",
  ["bpkb-hilang"], "why lost BPKB takes months", "duration")
F("cara daftar bpjs mandiri sekeluarga", "kelas 1 sebulan brp",
  ["bpjs-kesehatan-mandiri"], "class I premium", "cost")
F("bpjs sy nunggak 8 bulan, mau aktif lg", "bisa dicicil?",
  ["bpjs-kesehatan-reaktivasi"], "instalment for arrears", "cost")
F("mau bikin skck buat daftar kerja", "berlaku brp lama",
  ["skck-baru"], "SKCK validity", "validity")
F("skck sy bulan depan habis", "hrs di kantor yg sama?",
  ["skck-perpanjangan"], "where to renew SKCK", "place")
F("baru nikah, mau bikin kk baru", "ktp nya sekalian ganti status?",
  ["kk-baru-menikah"], "reprint id after new family card", "steps")
F("kami sekeluarga mau pindah domisili ke luar kota, surat pindahnya gmn", "di kota baru ngapain lg",
  ["pindah-datang"], "register at destination", "steps")
F("sertifikat tanah ilang, gmn urusnya", "hrs pasang iklan koran?",
  ["sertifikat-tanah-hilang"], "newspaper announcement for lost title", "steps")
F("kpr lunas, mau ngurus roya", "bisa online?",
  ["roya"], "electronic mortgage release", "online")
F("anak mau daftar sd negeri taun ini", "jalur zonasi msh ada?",
  ["spmb-sekolah"], "admission tracks", "eligibility")
F("cara cek pip anak", "kalo smp dapet brp",
  ["pip"], "PIP amount for junior high", "cost")
F("ketipu olshop udh transfer 1,5 jt", "uangnya bisa balik ga",
  ["penipuan-online"], "chance to recover scammed money", "other")
F("mau bikin npwp online", "trus spt nya kapan lapor",
  ["spt-tahunan"], "annual tax return deadline", "duration")
F("pajak motor telat setahun", "ada pemutihan ga",
  ["pajak-kendaraan-tahunan"], "vehicle tax amnesty", "penalty")
F("mau balik nama motor bekas", "pemilik lamanya udh pindah, ktp nya gmn",
  ["balik-nama-kendaraan"], "previous owner's id for transfer", "documents")
F("sy (istri) pengen cerai dr suami, prosesnya gmn", "sy ga mampu bayar",
  ["cerai-pengadilan-agama"], "free divorce case for poor", "cost")
F("ortu nikah siri mau itsbat", "sidangnya bayar brp?",
  ["itsbat-nikah"], "itsbat cost", "cost")
F("akta kematian bapak udh jadi", "terus surat ahli warisnya?",
  ["surat-ahli-waris"], "heir certificate next", "steps")
F("bikin sktm buat berobat", "ke rt dulu ya?",
  ["sktm"], "RT letter first for SKTM", "steps")
F("mau bikin nib buat usaha kue", "sekalian halal gratis bisa?",
  ["sertifikat-halal-self-declare"], "free halal certificate", "eligibility")
F("udh punya nib, jualan keripik kemasan", "pirt nya gimana",
  ["spp-irt"], "home food permit", "steps")
F("cara aktivasi ikd", "hp iphone bisa?",
  ["ikd"], "digital id on iOS", "eligibility")
F("kk sy sobek kena air", "hari itu jg jadi?",
  ["kk-hilang-rusak"], "time to reprint family card", "duration")
F("blm pernah punya paspor, mau bikin", "visa jepang sekalian gmn",
  [], "Japan visa", "documents")
F("mau daftar haji reguler", "anak umur 11 boleh?",
  ["pendaftaran-haji"], "minimum age for hajj registration", "eligibility")

# ---------------------------------------------------------------- english
E("How do I renew my driving license online?", ["sim-perpanjangan"], "renew licence online", "online")
E("I lost my passport in Bali, what should I do?", ["paspor-hilang-rusak"], "replace lost passport", "steps")
E("My Indonesian wife is sponsoring my stay. What documents do I need for a family KITAS?",
  ["izin-tinggal-pasangan-wna"], "spouse residence permit documents", "documents")
E("I'm a foreigner holding a KITAS. Do I have to report to the local Dukcapil office?",
  ["dokumen-kependudukan-wna"], "foreigner residence registration", "eligibility")
E("How much does a 10-year e-passport cost?", ["paspor-baru"], "e-passport fee", "cost")
E("Is there an app to check whether my land certificate is registered in my name?",
  ["cek-sertifikat-sentuh-tanahku"], "check land certificate via app", "online")
E("Where do I apply for an international driving permit?", ["sim-internasional"], "international driving permit", "place")
E("I got scammed on a marketplace and already transferred the money. Who should I report it to?",
  ["penipuan-online"], "report online scam", "steps")
E("Our baby was born in Singapore. How do we register the birth back home in Indonesia?",
  ["kelahiran-luar-negeri"], "register birth abroad", "steps")
E("What do I need to get an SKCK police clearance for a job application?",
  ["skck-baru"], "police clearance documents", "documents")
E("How can I pay my yearly motorcycle tax?", ["pajak-kendaraan-tahunan"], "pay vehicle tax", "steps")
E("I'm a freelancer. Do I have to register my whole family for BPJS health insurance?",
  ["bpjs-kesehatan-mandiri"], "self-paid health insurance family rule", "eligibility")
E("I was laid off last month. When can I withdraw my JHT savings?",
  ["bpjs-ketenagakerjaan-jht"], "JHT withdrawal after layoff", "duration")
E("How do I register my small bakery business and get an NIB?", ["nib-oss"], "business registration", "steps")
E("My daughter has dual citizenship. By what age does she have to pick one?",
  ["kewarganegaraan-ganda-anak"], "deadline to choose citizenship", "duration")
E("Can I file a complaint about a government office without revealing my name?",
  ["pengaduan-lapor"], "anonymous public complaint", "other")
E("How do I extend my visa on arrival while staying in Jakarta?", [], "extend visa on arrival", "steps")
E("Can a foreigner own freehold land in Indonesia?", [], "foreign land ownership", "eligibility")
E("Where do I apply for a work permit for a foreign employee?", [], "work permit for foreign staff", "place")
E("What's the best beach to visit in Lombok?", [], "travel tip", "other")

# ---------------------------------------------------------------- complaint
C("petugas dukcapil judes bgt, ditanya baik2 malah dibentak. mau lapor kemana ini", [],
  "report rude civil registry officer")
C("udh 4 bulan ktp ga jadi2, alasannya blangko habis terus. capek bolak balik", [],
  "endless wait for id card", "duration")
C("balik nama motor bekas di samsat masih ditarik BBN 2 sejuta lebih, katanya udh dihapus. ini pungli kan?",
  ["balik-nama-kendaraan"], "illegal BBN II charge", "cost")
C("bikin laporan di polsek dimintain uang 'buat bensin' 200rb. gimana ini", ["laporan-polisi"],
  "money asked for police report", "cost")
C("lapor kasus penipuan dari 6 bulan lalu ga ada perkembangan sama sekali, penyidiknya ga bisa dihubungi",
  ["laporan-polisi"], "police report not followed up", "duration")
C("kepala sekolah minta 300rb buat surat pengganti ijazah anak sy, katanya uang admin", ["ijazah-hilang"],
  "fee asked for diploma replacement", "cost")
C("ada oknum jual kursi sd negeri 5 juta di daerah sy, lapornya kmn", ["spmb-sekolah"],
  "selling school seats", "cost")
C("dana pip anak sy dipotong sekolah 100rb katanya buat kas kelas", ["pip"], "PIP funds cut by school", "cost")
C("minta surat kehilangan ke polsek disuruh 'seikhlasnya' tp ditungguin sampe ngasih", ["surat-kehilangan-polisi"],
  "fee for police loss letter", "cost")
C("pak rt ga mau kasih surat pengantar kalo blm bayar iuran keamanan 6 bulan", ["surat-pengantar-rt-rw"],
  "RT withholds letter over dues", "cost")
C("panitia ptsl di desa narik 1,5 juta per bidang, kemahalan bgt. mau lapor", [],
  "PTSL overcharging", "cost")
C("penghulu minta amplop sejuta padahal akad di kua jam kerja", [], "bribe asked by marriage officer", "cost")
C("polsek minta 2 juta buat izin acara dangdutan, ga dikasih kwitansi", ["izin-keramaian"],
  "illegal fee for event permit", "cost")
C("lbh katanya gratis tp sy disuruh bayar 5 juta di depan", ["bantuan-hukum-gratis"],
  "legal aid asked for payment", "cost")
C("sponsor pmi minta fee 15 juta buat berangkat jd art ke hongkong", ["paspor-pmi"],
  "illegal placement fee", "cost")
C("antrian di kantor bpjs kesehatan dr jam 6 pagi smp jam 2 blm dipanggil, parah", [],
  "long queue at bpjs office", "duration")
C("aplikasi m-paspor error terus gabisa pilih jadwal, udh seminggu nyoba", [], "passport app broken", "online")
C("puskesmas nolak pasien bpjs katanya kuota habis, ibu sy lg sakit", [], "clinic refuses bpjs patient")
C("pegawai kelurahan jam 10 udh ga ada di tempat, mau ngurus sktm ga bisa2", [], "village office staff absent")
C("calo di satpas nawarin sim tanpa tes 800rb, petugasnya kayak kerja sama", [], "licence broker colluding", "cost")
C("udh ngadu lwt aplikasi lapor 2 bulan ga ditanggapi instansinya, trus gmn", [], "complaint not followed up", "steps")
C("jalan desa kami rusak parah bertahun2, laporan ke desa dicuekin aja", [], "road damage ignored")
C("tetangga sy yg punya mobil malah dapet pkh, kami yg susah ga. ga adil", ["usulan-bansos-dtsen"],
  "wrong bansos recipient", "eligibility")
C("petugas samsat kasar, sy cuma nanya malah diusir dr loket", [], "rude vehicle office staff")
C("web layanan online dukcapil down terus dr kemarin, mau ngajuin akta gabisa", [], "civil registry website down",
  "online")

random.Random(SEED).shuffle(rows)
with open(os.path.join(OUT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows written")

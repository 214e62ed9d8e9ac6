#!/usr/bin/env python3
"""Held-out question set for the Layanan Warga help-desk bot, written blind by hand.
One call per row. Rows are shuffled with random.Random(SEED) and written to questions.jsonl."""
import json, os, random

SEED = 20261402
OUT = os.path.dirname(os.path.abspath(__file__))
rows = []


def add(q, ids, group, need, aspect, prev=""):
    rows.append({"q": q, "ids": list(ids), "new_ids": [], "group": group,
                 "need": need, "aspect": aspect, "prev": prev})


def I(q, ids, need, aspect):          # in_scope
    add(q, ids, "in_scope", need, aspect)


def N(q, need, aspect):               # near_miss (never covered)
    add(q, [], "near_miss", need, aspect)


def O(q, need, aspect="other"):       # off_topic
    add(q, [], "off_topic", need, aspect)


def F(prev, q, ids, need, aspect):    # follow_up
    add(q, ids, "follow_up", need, aspect, prev)


def E(q, ids, need, aspect):          # english
    add(q, ids, "english", need, aspect)


def C(q, ids, need, aspect="other"):  # complaint
    add(q, ["pengaduan-lapor"] + list(ids), "complaint", need, aspect)


# ---------------------------------------------------------------- in_scope (110)
# akta-kelahiran
I("min anak sy lahir di rs hermina tgl 3 kemarin, akte lahirnya ngurus dmn ya", ["akta-kelahiran"], "where to register newborn birth certificate", "place")
I("kami nikah siri jd ga pny buku nikah, anak tetep bisa dibuatin akte ga?", ["akta-kelahiran"], "birth certificate without marriage book", "documents")
I("baru lahiran minggu lalu, akte sama masukin nama dedek ke kk bisa sekalian diurus?", ["akta-kelahiran", "kk-tambah-anggota"], "birth certificate and add baby to family card", "steps")
# akta-kelahiran-hilang
I("akte kelahiran sy ilang entah dimana, padahal mau daftar kuliah. bisa minta dicetak ulang?", ["akta-kelahiran-hilang"], "reissue lost birth certificate", "steps")
I("akta kelahiran anak robek2 digigit kucing, bikin yg baru lama ga", ["akta-kelahiran-hilang"], "replace damaged birth certificate duration", "duration")
# akta-kelahiran-terlambat
I("bapak sy udh 55 thn blm pernah punya akte lahir, masih bisa dibikinin ga?", ["akta-kelahiran-terlambat"], "birth certificate for adult never registered", "eligibility")
I("telat ngurus akte anak udah 2 thn, ada dendanya ga min", ["akta-kelahiran-terlambat"], "late birth registration fine", "penalty")
# akta-kematian
I("Selamat siang. Saya hendak mengurus akta kematian untuk nenek saya yang wafat pekan lalu di Purworejo. Dokumen apa saja yang perlu saya siapkan? Terima kasih.", ["akta-kematian"], "death certificate requirements", "documents")
I("yg boleh lapor kematian cuma anak kandung atau menantu jg bisa?", ["akta-kematian"], "who may report a death", "eligibility")
# akta-perceraian
I("sy kristen udh putus cerai di PN jakarta timur, akta cerainya diurus kemana", ["akta-perceraian"], "divorce certificate for non-muslim", "place")
I("akta cerai dr pengadilan agama udh pegang, tp di ktp tulisannya msh kawin, gantinya gmn", ["akta-perceraian", "ktp-el-perubahan-data"], "update marital status after divorce", "steps")
# akta-perkawinan-nonmuslim
I("kmrn udah pemberkatan di gereja HKBP, nyatet ke capil paling lambat kapan ya", ["akta-perkawinan-nonmuslim"], "deadline to register church marriage", "duration")
I("kami beragama hindu, nikahnya dicatat di kua atau di dukcapil?", ["akta-perkawinan-nonmuslim"], "where hindu marriage is registered", "place")
# balik-nama-kendaraan
I("beli motor second dr temen di pati, mau ganti nama di stnk bpkb, bawa apa aja", ["balik-nama-kendaraan"], "transfer ownership of used motorbike", "documents")
I("bbn buat motor bekas masih ditarik ga sih thn ini", ["balik-nama-kendaraan"], "transfer fee for used vehicle", "cost")
# balik-nama-sertifikat-tanah
I("beli tanah kavling 200 juta, pajak yg hrs sy bayar sbg pembeli brp persen", ["balik-nama-sertifikat-tanah"], "buyer tax on land purchase", "cost")
I("ajb bisa di camat ga atau wajib notaris", ["balik-nama-sertifikat-tanah"], "where to sign land sale deed", "place")
# bpjs-kesehatan-mandiri
I("iuran bpjs kelas 2 sebulan brp skrg", ["bpjs-kesehatan-mandiri"], "monthly BPJS class 2 premium", "cost")
I("sy freelance ga ada kantor, mau ikut bpjs kesehatan, apa semua anggota kk wajib didaftarin?", ["bpjs-kesehatan-mandiri"], "whether whole family must register BPJS", "eligibility")
# bpjs-kesehatan-pbi
I("gmn caranya dapet kis gratis dr pemerintah, sy buruh tani penghasilan ga tentu", ["bpjs-kesehatan-pbi"], "government-paid health insurance", "eligibility")
I("kis pbi ibu sy tiba2 ga aktif pas mau berobat, padahal masih ga mampu", ["bpjs-kesehatan-pbi", "bpjs-kesehatan-reaktivasi"], "reactivate deactivated PBI health insurance", "steps")
# bpjs-kesehatan-pindah-faskes
I("mau pindahin puskesmas bpjs ke klinik deket kantor, caranya gmn", ["bpjs-kesehatan-pindah-faskes"], "change primary health facility", "steps")
I("udh ganti faskes di jkn tgl 15, kapan mulai bisa dipake", ["bpjs-kesehatan-pindah-faskes"], "when facility change takes effect", "duration")
# bpjs-kesehatan-reaktivasi
I("bpjs sy nunggak 8 bulan, biar aktif lagi hrs lunasin semua?", ["bpjs-kesehatan-reaktivasi"], "reactivate BPJS with arrears", "cost")
I("denda rawat inap bpjs abis nunggak itu itungannya gmn", ["bpjs-kesehatan-reaktivasi"], "BPJS inpatient penalty after arrears", "penalty")
# bpjs-ketenagakerjaan-jht
I("resign dr pabrik bulan kemaren, jht bisa dicairin kapan", ["bpjs-ketenagakerjaan-jht"], "when JHT can be claimed after resigning", "eligibility")
I("saldo jht sy 25 jt, bisa klaim lwt jmo ga", ["bpjs-ketenagakerjaan-jht"], "JHT claim via app for large balance", "online")
# cek-bansos
I("cara ngecek nama ibu sy terdaftar pkh ato engga", ["cek-bansos"], "check PKH recipient status", "online")
I("ngecek bpnt harus pake nik ya?", ["cek-bansos"], "what is needed to check BPNT status", "documents")
# ikd
I("ktp digital bisa aktivasi sendiri dr rumah ga", ["ikd"], "activate digital ID from home", "online")
I("ikd itu apa sih, wajib ga", ["ikd"], "what digital ID is", "overview")
# kartu-kuning-ak1
I("bikin ak1 buat daftar cpns bawa apa aja", ["kartu-kuning-ak1"], "job seeker card requirements", "documents")
I("masa berlaku ak1?", ["kartu-kuning-ak1"], "job seeker card validity", "validity")
# kia
I("kia anak umur 3 thn pake foto ga", ["kia"], "photo for child ID card under 5", "documents")
I("anak sy kelas 2 sd disuruh sekolah bikin kia, persyaratannya apa", ["kia"], "child ID card requirements", "documents")
# kk-baru
I("punten, abdi nembe nikah, hoyong gaduh kk nyalira misah ti mertua, naon wae syaratna?", ["kk-baru"], "new family card after marriage", "documents")
I("baru ijab kabul di kua, kk sendiri sama ganti status di ktp bisa sekalian ngurusnya?", ["kk-baru", "ktp-el-perubahan-data"], "new family card and marital status update", "steps")
# kk-hilang-rusak
I("kk kena luapan kali ciliwung tintanya luntur, bisa dicetak lagi?", ["kk-hilang-rusak"], "replace water-damaged family card", "steps")
I("kartu keluarga sy ga ketemu dicari2, hrs lapor polisi dulu ga", ["kk-hilang-rusak"], "lost family card police letter", "documents")
# kk-pisah
I("sy udh 25 thn blm nikah, mau punya kk sendiri tp msh serumah ama ortu, boleh?", ["kk-pisah"], "separate family card same address unmarried", "eligibility")
I("mau pecah kk abis cerai, syaratnya apa aja ya", ["kk-pisah"], "split family card after divorce", "documents")
# kk-tambah-anggota
I("keponakan dr jogja mau ikut kk sy krn sekolah di sini, umurnya 15, syaratnya gmn", ["kk-tambah-anggota"], "add minor relative to family card", "documents")
I("nambahin nama anak ke kartu keluarga bisa di kecamatan?", ["kk-tambah-anggota"], "where to add child to family card", "place")
# ktp-el-baru
I("kulo badhe damel ktp kagem anak kulo sing nembe 17 taun, kedah nggowo pengantar rt mboten?", ["ktp-el-baru"], "first e-KTP requirements", "documents")
I("bikin e-ktp pertama kali itu bayar ga sih?", ["ktp-el-baru"], "cost of first e-KTP", "cost")
I("umur 16 tp udh nikah, bisa bikin ktp?", ["ktp-el-baru"], "e-KTP for married under 17", "eligibility")
# ktp-el-hilang
I("dompet sy kecopetan di pasar, ktp ikut raib, ngurusnya gmn min", ["ktp-el-hilang"], "replace lost e-KTP", "steps")
I("ktp ilang apa harus bikin laporan polisi, ribet bgt", ["ktp-el-hilang"], "police letter for lost e-KTP", "documents")
I("ktp ilang, surat kehilangannya bikin dimana trus ktpnya dicetak dimana", ["ktp-el-hilang", "surat-kehilangan-polisi"], "where to get police letter and reprint e-KTP", "place")
# ktp-el-perubahan-data
I("pekerjaan di ktp masih pelajar padahal udh kerja di bank, gimana ubahnya", ["ktp-el-perubahan-data"], "update occupation on e-KTP", "documents")
I("tgl lahir di ktp beda sama ijazah, bisa dibenerin?", ["ktp-el-perubahan-data"], "correct birth date on e-KTP", "steps")
# ktp-el-rusak
I("ktp sy chipnya rusak ga kebaca di mesin bank", ["ktp-el-rusak"], "replace e-KTP with broken chip", "steps")
I("e-ktp kepatah ganti baru perlu surat polisi ga", ["ktp-el-rusak"], "police letter for broken e-KTP", "documents")
# legalisir-dokumen
I("buat daftar polisi diminta fotokopi kk dilegalisir, kk sy udh yg ada qr nya, tetep harus?", ["legalisir-dokumen"], "legalisation of QR-signed family card", "other")
I("legalisir akta nikah catatan sipil tahun 98 dmn", ["legalisir-dokumen"], "where to legalise old marriage certificate", "place")
# nib-oss
I("sy jualan kue online mau bikin nib, bayar ga", ["nib-oss"], "cost of business ID number", "cost")
I("nib itu sama dgn siup ya?", ["nib-oss"], "whether NIB replaces old trade licence", "overview")
# nikah-kua
I("akad di rumah bukan di kua biayanya brp", ["nikah-kua"], "marriage fee outside KUA office", "cost")
I("pendaftaran nikah ke kua paling telat brp hari sebelum akad", ["nikah-kua"], "marriage registration lead time", "duration")
I("calon istri umur 20, perlu izin ortu ga buat nikah", ["nikah-kua"], "parental permission for marriage under 21", "eligibility")
# npwp-pribadi
I("Permisi, apakah NIK di KTP saya bisa langsung dipakai sebagai NPWP? Saya belum pernah terdaftar sebagai wajib pajak.", ["npwp-pribadi"], "NIK as tax number", "eligibility")
I("daftar npwp skrg msh lewat ereg atau coretax?", ["npwp-pribadi"], "online tax registration channel", "online")
# paspor-baru
I("bikin paspor buat umroh syaratnya apa aja", ["paspor-baru"], "new passport requirements", "documents")
I("paspor elektronik brp harganya", ["paspor-baru"], "e-passport fee", "cost")
I("paspor yg 10 thn bisa buat anak sy umur 12?", ["paspor-baru"], "10-year passport eligibility for child", "eligibility")
# paspor-hilang-rusak
I("paspor anak sy kecuci di mesin cuci, dendanya brp", ["paspor-hilang-rusak"], "fee for damaged passport", "cost")
I("paspor ilang bisa urus lewat m-paspor?", ["paspor-hilang-rusak"], "lost passport online application", "online")
# pbg-bangunan
I("mau renov rumah nambah lantai 2, perlu izin apa", ["pbg-bangunan"], "building permit for renovation", "eligibility")
I("retribusi pbg rumah tinggal ngitungnya gmn", ["pbg-bangunan"], "building permit levy", "cost")
# pengaduan-lapor
I("lapor.go.id itu bisa anonim ga", ["pengaduan-lapor"], "anonymous public service complaint", "other")
I("kalau aduan di lapor ga ditanggepin kemana lagi", ["pengaduan-lapor"], "escalate unanswered complaint", "other")
# pindah-datang
I("sy udah dpt skpwni dr medan, di bekasi ngurus apa lagi", ["pindah-datang"], "register arrival in new city", "steps")
I("ngekos di jogja mau pindah ktp kesini perlu surat apa dr ibu kos", ["pindah-datang"], "move address to rented room", "documents")
# pindah-keluar
I("aku arep ngurus surat pindah metu kota, kudu njaluk layang rt kelurahan disik po piye", ["pindah-keluar"], "moving-out letter without RT letter", "documents")
I("sy udh terlanjur tinggal di batam, surat pindah dr kampung bisa diurus dr sini?", ["pindah-keluar"], "request moving letter from destination", "place")
I("mau pindah sekeluarga dr bandung ke surabaya, alurnya dr awal gmn", ["pindah-keluar", "pindah-datang"], "full process of moving domicile", "steps")
# pip-kip
I("cek anak dapet pip pake nisn ya", ["pip-kip"], "check PIP school aid status", "online")
I("nominal pip smp", ["pip-kip"], "PIP amount for junior high", "cost")
# sertifikat-tanah-ptsl
I("tanah warisan msh letter c, mau ikut ptsl daftarnya kemana", ["sertifikat-tanah-ptsl"], "join PTSL land certification", "place")
I("ptsl di desa sy dimintain 150 rb, itu wajar ga", ["sertifikat-tanah-ptsl"], "allowed PTSL preparation fee", "cost")
# sim-baru
I("umur 17 bisa langsung bikin sim a ga", ["sim-baru"], "minimum age for car licence", "eligibility")
I("biaya bikin sim c baru brp totalnya", ["sim-baru"], "new motorbike licence cost", "cost")
I("punten, abdi bade nyieun sim c kahiji, tes psikologi na tiasa online?", ["sim-baru"], "psychology test online for new licence", "online")
# sim-hilang-rusak
I("sim a sy ilang waktu mudik, apa mesti tes praktek lagi?", ["sim-hilang-rusak"], "replace lost licence without test", "eligibility")
I("sim patah bisa diganti? brp biayanya", ["sim-hilang-rusak"], "replace damaged licence cost", "cost")
# sim-perpanjangan
I("sim sy mati 3 hari lalu msh bisa diperpanjang ga", ["sim-perpanjangan"], "renew expired licence", "validity")
I("perpanjang sim a brp skrg", ["sim-perpanjangan"], "licence renewal fee", "cost")
# skck-baru
I("bikin skck buat lamar kerja di pabrik, di polsek atau polres?", ["skck-baru"], "where to get police certificate", "place")
I("foto skck warna apa", ["skck-baru"], "photo background for police certificate", "documents")
I("skck bisa daftar online dulu ga biar ga antri lama", ["skck-baru"], "online police certificate registration", "online")
# skck-perpanjangan
I("skck sy udh kadaluarsa 3 bulan, bisa diperpanjang ga", ["skck-perpanjangan"], "renew expired police certificate", "eligibility")
I("perpanjang skck perlu sidik jari lagi?", ["skck-perpanjangan"], "fingerprint for police certificate renewal", "steps")
# sktm
I("mau minta sktm buat keringanan biaya rs, ke kelurahan bawa apa", ["sktm"], "certificate of low income requirements", "documents")
I("sktm bisa dipake buat daftar pkh?", ["sktm"], "whether SKTM qualifies for PKH", "eligibility")
# spt-tahunan
I("lapor spt karyawan paling telat kapan", ["spt-tahunan"], "annual tax return deadline", "duration")
I("lupa lapor spt taun kemaren, dendanya brp", ["spt-tahunan"], "late tax return fine", "penalty")
# stnk-lima-tahunan
I("stnk motor udh 5 taun, ganti plat bisa online ga", ["stnk-lima-tahunan"], "5-year registration renewal online", "online")
I("ganti plat mobil bayar brp", ["stnk-lima-tahunan"], "car plate replacement fee", "cost")
# stnk-pajak-tahunan
I("pajak taunan motor bisa dibayar lewat aplikasi signal?", ["stnk-pajak-tahunan"], "pay annual vehicle tax via app", "online")
I("motor atas nama kakak, sy bayarin pajaknya bisa?", ["stnk-pajak-tahunan"], "pay vehicle tax on behalf of owner", "documents")
# surat-ahli-waris
I("bapak meninggal, mau cairin tabungan di bri perlu surat waris, bikinnya di mana", ["surat-ahli-waris"], "where to make heir certificate", "place")
I("surat keterangan ahli waris harus ditandatangani semua saudara?", ["surat-ahli-waris"], "who signs heir statement", "documents")
# surat-domisili
I("ktp sy garut tp kerja di bekasi, hrd minta surat domisili, bikinnya gmn", ["surat-domisili"], "domicile letter for newcomer", "steps")
I("surat domisili berlaku brp lama", ["surat-domisili"], "domicile letter validity", "validity")
# surat-kehilangan-polisi
I("bikin surat kehilangan atm di polsek bayar ga", ["surat-kehilangan-polisi"], "cost of police loss report", "cost")
I("surat kehilangan dr polisi berlaku brp hari", ["surat-kehilangan-polisi"], "validity of police loss report", "validity")
# tilang-elektronik-etle
I("dapet surat etle padahal motornya udh sy jual 2 thn lalu, gmn", ["tilang-elektronik-etle"], "e-ticket for sold vehicle", "other")
I("bayar etle gmn", ["tilang-elektronik-etle"], "pay electronic traffic fine", "steps")
# usulan-bansos-dtsen
I("sy janda anak 3 blm pernah dpt bantuan apa2, daftarnya gmn", ["usulan-bansos-dtsen"], "apply for social assistance", "steps")
I("bisa ngusulin bansos lewat hp ga", ["usulan-bansos-dtsen"], "propose for social assistance online", "online")

# ---------------------------------------------------------------- near_miss (50)
N("paspor sy mau abis, skrg lg kerja di malaysia, perpanjangnya gmn dari sini", "renew passport while abroad", "place")
N("cara ngajuin ganti nama anak ke pengadilan negeri gmn, biaya sidangnya brp", "court name change procedure", "steps")
N("anak sy lahir di jepang, akta lahirnya ngurus di indo atau kbri?", "birth certificate for child born abroad", "place")
N("bikin sim internasional dimana ya", "international driving permit", "place")
N("masih aktif kerja, jht bisa diambil 10 persen buat dp rumah?", "partial JHT withdrawal while employed", "eligibility")
N("kena phk dr pabrik garmen, klaim jkp nya gmn", "job loss insurance claim", "steps")
N("buku nikah sy ilang pas pindahan, bisa minta duplikat di kua?", "replace lost marriage book", "steps")
N("akta cerai dr pengadilan agama ilang, ngurus salinannya gmn", "replace lost divorce certificate", "steps")
N("nama ibu di akte lahir sy salah ketik, cara benerinnya gmn", "correct error in birth certificate", "steps")
N("cara isbat nikah siri di pengadilan agama", "marriage legalisation at religious court", "steps")
N("mau nikah sama cowok jerman di kua, syarat tambahan buat dia apa aja", "marriage with foreign national", "documents")
N("sertifikat tanah bapak mau dipecah jd 3 buat anak2nya, prosesnya gmn", "split land certificate", "steps")
N("sertifikat rumah ilang pas kebakaran, bisa diterbitin lagi?", "replace lost land certificate", "steps")
N("mau hibahin tanah ke anak, balik nama sertifikatnya lewat apa", "land transfer by gift", "steps")
N("stnk motor ilang, di samsat syaratnya apa aja", "replace lost vehicle registration", "documents")
N("bpkb mobil ilang gmn ngurusnya", "replace lost vehicle ownership book", "steps")
N("motor udh dijual tp msh atas nama sy, biar ga kena pajak progresif gmn", "block registration after selling vehicle", "steps")
N("skck sy ilang padahal baru bikin bulan lalu, bisa cetak ulang?", "replace lost police certificate", "steps")
N("sy lg di osaka butuh skck buat perpanjang visa kerja, bisa bikin dr jepang ga", "police certificate applied from abroad", "place")
N("kip kuliah daftarnya kapan", "college scholarship KIP Kuliah", "duration")
N("legalisir ijazah sma dimana ya", "legalise school diploma", "place")
N("mau kerja ke korea disuruh apostille akta sama ijazah, ngurusnya dmn", "apostille of documents", "place")
N("surat keterangan belum menikah bikin di kelurahan syaratnya apa", "certificate of single status", "documents")
N("mau pinjem kur di bri diminta surat keterangan usaha dr desa, gmn", "village business certificate", "documents")
N("daftar kartu prakerja gmn caranya", "pre-employment card programme", "steps")
N("ktp sy ilang pas di hongkong, bisa urus dari sini?", "replace lost e-KTP while abroad", "place")
N("mau pindah permanen ke australia, surat pindah luar negerinya gmn", "moving letter to abroad", "steps")
N("pin ikd lupa, resetnya gmn", "reset digital ID PIN", "online")
N("lupa password coretax, email lama udh ga aktif", "recover tax portal account", "online")
N("spt udh dikirim tp ada yg salah, cara pembetulannya gmn", "amend submitted tax return", "steps")
N("cara daftar merek dagang biar ga ditiru orang", "trademark registration", "steps")
N("sertifikat halal gratis buat umkm daftarnya dimana", "halal certification for small business", "place")
N("izin pirt buat jualan sambel botolan ngurus kmn", "home food production permit", "place")
N("cara bikin pt perorangan", "set up individual limited company", "steps")
N("bpjs mandiri mau naik dr kelas 3 ke kelas 1, bisa?", "change BPJS class", "eligibility")
N("minta rujukan ke rs tipe a dr faskes 1 gmn caranya", "hospital referral", "steps")
N("suami meninggal, santunan jkm bpjs tk nya brp", "death benefit from employment insurance", "cost")
N("jaminan pensiun bpjs ketenagakerjaan bisa dicairin sekaligus?", "pension benefit lump sum", "eligibility")
N("imb rumah ortu ilang, bisa minta salinannya di dinas?", "copy of lost building permit", "documents")
N("izin keramaian buat hajatan nutup jalan ke polsek ya?", "event crowd permit", "place")
N("ambil sim yg ditilang manual di kejaksaan, bawa apa", "retrieve licence after manual ticket", "documents")
N("anak lahir di luar nikah, bapaknya ga mau ngaku, akta bisa cuma nama ibu?", "birth certificate with mother only", "eligibility")
N("cara ngurus adopsi anak dari panti biar sah", "legal child adoption", "steps")
N("daftar bantuan bedah rumah rtlh ke mana", "house renovation aid", "place")
N("cara daftar subsidi listrik 900 va", "electricity subsidy", "steps")
N("bikin sim d buat penyandang disabilitas syaratnya apa", "driving licence for disabled people", "documents")
N("pemutihan pajak motor tahun ini ada ga", "vehicle tax amnesty", "penalty")
N("cara gugat cerai suami di pengadilan agama, biaya perkaranya brp", "file for divorce", "steps")
N("mau jd pmi ke taiwan, rekomendasi paspor dr disnaker gmn", "passport recommendation for migrant workers", "documents")
N("nikah beda agama bisa dicatat di capil ga?", "interfaith marriage registration", "eligibility")

# ---------------------------------------------------------------- off_topic (25)
O("makasih min 🙏", "thanks")
O("wkwkwk", "laughter")
O("p", "attention ping")
O("halo", "greeting")
O("ini bot ya? bego bgt jawabannya", "insult")
O("besok di bandung hujan ga ya", "weather")
O("siapa presiden indonesia skrg", "general knowledge")
O("pemilu berikutnya tahun brp", "politics")
O("tagihan pdam bulan ini kok naik 2x lipat", "water bill")
O("token listrik udh dibeli tp ga masuk2", "electricity token")
O("gaji ke 13 pns cair kapan", "civil servant salary")
O("resep rendang padang dong", "recipe")
O("persib semalem menang ga", "football")
O("cara bayar pbb online", "land and building tax payment")
O("min ada lowongan kerja di pemkot ga", "job vacancy")
O("kurs dolar hari ini brp", "exchange rate")
O("ok siap", "acknowledgement")
O("assalamualaikum", "greeting")
O("jadwal imunisasi polio di posyandu kapan", "child immunisation schedule")
O("tgl 17 nanti libur ga", "public holiday")
O("udah ah males", "chit-chat")
O("pendaftaran cpns 2026 kapan dibuka", "civil service recruitment")
O("ada info mudik gratis ga", "free homecoming transport")
O("matur nuwun nggih mas", "thanks")
O("zakat fitrah taun ini brp per jiwa", "religious alms amount")

# ---------------------------------------------------------------- follow_up (25)
F("min mau bikin paspor buat umroh bulan depan", "bayarnya brp?", ["paspor-baru"], "passport fee", "cost")
F("ktp sy ilang di angkot kemarin", "klo ktp suami yg patah gmn", ["ktp-el-rusak"], "replace broken e-KTP", "steps")
F("mau perpanjang sim c minggu ini", "bisa lwt hp?", ["sim-perpanjangan"], "renew licence online", "online")
F("akte anak sy blm dibuat, skrg udh umur 3", "ada dendanya?", ["akta-kelahiran-terlambat"], "late birth registration fine", "penalty")
F("bpjs sy nonaktif krn telat bayar", "bisa dicicil ga", ["bpjs-kesehatan-reaktivasi"], "instalment of arrears", "cost")
F("cara daftar nikah ke kua kec gmn", "klo akadnya di rumah bayar?", ["nikah-kua"], "fee for wedding at home", "cost")
F("abis nikah mau bikin kk baru", "trus ktp statusnya gmn", ["ktp-el-perubahan-data"], "update marital status on e-KTP", "steps")
F("skck buat daftar cpns syaratnya apa", "berlaku brp lama?", ["skck-baru"], "police certificate validity", "validity")
F("mau klaim jht abis resign", "lama ga cairnya?", ["bpjs-ketenagakerjaan-jht"], "JHT claim duration", "duration")
F("gimana cara cek dapet pkh apa ngga", "klo ga terdaftar daftarnya dmn", ["usulan-bansos-dtsen"], "apply for social assistance", "place")
F("bayar pajak motor taunan bisa online?", "kalo yg 5 taunan?", ["stnk-lima-tahunan"], "5-year registration renewal online", "online")
F("sim a sy ilang", "surat polisinya bikin dmn", ["surat-kehilangan-polisi"], "where to get police loss report", "place")
F("mau pindah ke tangerang, skpwni urus dmn", "nyampe sana ngapain lg", ["pindah-datang"], "register arrival in new city", "steps")
F("syarat bikin akte bayi apa", "kia nya sekalian?", ["kia"], "child ID card for newborn", "steps")
F("beli tanah di sleman mau ajb", "honor ppat nya brp", ["balik-nama-sertifikat-tanah"], "land deed official fee", "cost")
F("daftar npwp online gmn", "trus lapor spt nya kapan", ["spt-tahunan"], "tax return deadline", "duration")
F("mau daftar bpjs mandiri kelas 3", "telat bayar dendanya?", ["bpjs-kesehatan-reaktivasi"], "penalty for late BPJS payment", "penalty")
F("kartu kuning bikin dimana", "online bisa?", ["kartu-kuning-ak1"], "job seeker card online", "online")
F("dapat surat konfirmasi etle ke rumah", "klo ga dibayar?", ["tilang-elektronik-etle"], "consequence of unpaid e-ticket", "penalty")
F("paspor sy hilang di bandara soetta", "lama ga prosesnya", ["paspor-hilang-rusak"], "lost passport processing time", "duration")
F("mau bikin nib buat warung bakso", "sekalian sertifikat halal?", [], "halal certification", "other")
F("cara daftar ptsl", "sertifikatnya jadi kapan", ["sertifikat-tanah-ptsl"], "PTSL certificate timing", "duration")
F("ktp sy ilang", "kk nya jg ilang", ["kk-hilang-rusak"], "replace lost family card", "steps")
F("urus akta kematian bapak", "trus surat ahli warisnya?", ["surat-ahli-waris"], "heir certificate", "steps")
F("mau perpanjang paspor yg udh mau abis", "bisa di kbri singapur?", [], "passport renewal abroad", "place")

# ---------------------------------------------------------------- english (15)
E("How do I get a birth certificate for my newborn?", ["akta-kelahiran"], "birth certificate for newborn", "steps")
E("I lost my ID card (KTP), what should I do?", ["ktp-el-hilang"], "replace lost e-KTP", "steps")
E("how much is a new passport", ["paspor-baru"], "passport fee", "cost")
E("Can I renew my driving license online?", ["sim-perpanjangan"], "renew licence online", "online")
E("I'm self-employed, how do I sign up for BPJS health insurance?", ["bpjs-kesehatan-mandiri"], "register BPJS health independently", "steps")
E("got laid off last month, when can i withdraw my JHT savings", ["bpjs-ketenagakerjaan-jht"], "JHT claim after layoff", "eligibility")
E("Where do I apply for a police clearance (SKCK) for a job?", ["skck-baru"], "police certificate for job", "place")
E("what is the deadline for the annual personal tax return?", ["spt-tahunan"], "tax return deadline", "duration")
E("how to pay yearly motorbike tax", ["stnk-pajak-tahunan"], "pay annual vehicle tax", "steps")
E("Where can I file a complaint about a government service?", ["pengaduan-lapor"], "public service complaint channel", "place")
E("how do i get a business ID number (NIB) for my small shop", ["nib-oss"], "business ID number", "steps")
E("my passport got soaked in the rain, how much is the replacement fee?", ["paspor-hilang-rusak"], "damaged passport fee", "cost")
E("How can a foreigner get a work permit and KITAS?", [], "foreigner work permit", "documents")
E("Can I get an international driving permit in Indonesia?", [], "international driving permit", "eligibility")
E("how to apply for a tourist visa to japan", [], "foreign tourist visa", "steps")

# ---------------------------------------------------------------- complaint (15)
C("petugas dukcapil kecamatan judes bgt, ditanya baik2 malah dibentak", [], "report rude civil registry officer")
C("udh 3 bulan ktp anak sy blm jadi, alasannya blangko habis terus. sampe kapan??", [], "complain about endless e-KTP wait", "duration")
C("di kelurahan dimintain 100rb buat urus kk katanya uang administrasi, itu pungli kan?", [], "report illegal fee at village office", "cost")
C("antri di samsat dr jam 7 sampe jam 2 blm dipanggil juga, parah pelayanannya", [], "complain about long queue at vehicle office", "duration")
C("aplikasi mobile jkn error terus ga bisa login dr kemarin, mau berobat jadi susah", [], "report broken BPJS app", "online")
C("calo di satpas bebas bgt, yg ga pake calo dipersulit pas ujian praktek", [], "report brokers at licence office")
C("tetangga sy punya mobil 2 tp dapet pkh, sy yg susah malah ga dapet. ga adil", ["usulan-bansos-dtsen"], "report wrongly targeted social aid", "eligibility")
C("web skck down mulu dr pagi, gimana mau daftar", [], "report broken police certificate website", "online")
C("ptsl di desa kami dipungut 1,5 juta per bidang, pak kades bilang wajib", [], "report excessive PTSL levy", "cost")
C("ibu sy lansia disuruh bolak balik 4x ke dukcapil cuma buat akta kematian bapak, kasian", [], "complain about repeated visits for death certificate")
C("penghulu minta tambahan sejuta padahal akadnya di kua jam kerja", [], "report illegal marriage fee", "cost")
C("kantor imigrasi ditelpon ga diangkat, wa jg ga dibales seminggu", [], "complain about unresponsive immigration office")
C("pasien bpjs di puskesmas dibedain sama pasien umum, kami disuruh nunggu paling akhir", [], "report discrimination of BPJS patients")
C("pelayanan kelurahan ki suwe banget, wis seminggu surat domisili ra rampung2", [], "complain about slow village office service", "duration")
C("Dengan hormat, saya ingin menyampaikan keberatan atas sikap petugas Samsat yang meminta uang tambahan di luar tarif resmi saat saya mengurus pajak kendaraan.", [], "report extra charges at vehicle tax office", "cost")

# ---------------------------------------------------------------- write
random.Random(SEED).shuffle(rows)
with open(os.path.join(OUT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows written")

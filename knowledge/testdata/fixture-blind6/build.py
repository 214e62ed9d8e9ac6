#!/usr/bin/env python3
"""Blind held-out question set (fixture-blind6). Every row written by hand below;
this script only collects, shuffles with SEED and writes questions.jsonl."""
import json, os, random

SEED = 20261312
ROWS = []

def row(q, ids, group, need, aspect, prev=""):
    ROWS.append({"q": q, "ids": list(ids), "new_ids": [], "group": group,
                 "need": need, "aspect": aspect, "prev": prev})

def I(q, ids, need, aspect): row(q, ids, "in_scope", need, aspect)
def N(q, need, aspect): row(q, [], "near_miss", need, aspect)
def O(q, need, aspect="other"): row(q, [], "off_topic", need, aspect)
def F(prev, q, ids, need, aspect): row(q, ids, "follow_up", need, aspect, prev)
def E(q, ids, need, aspect): row(q, ids, "english", need, aspect)
def C(q, ids, need, aspect): row(q, ids, "complaint", need, aspect)

# ---------------- in_scope ----------------
# akta-kelahiran-hilang
I("akta kelahiran anak kena banjir jadi lecek tintanya luntur, ngurus gantinya bayar ga min?", ["akta-kelahiran-hilang"], "cost of replacing damaged birth certificate", "cost")
I("mas, akte kelahiran anakku ilang, le ngurus maneh piye yo", ["akta-kelahiran-hilang"], "reprint lost birth certificate", "steps")

# akta-kelahiran-terlambat
I("bapak sy umur 52 blm pernah punya akte lahir, skrg diminta buat ngurus pensiun. masih bisa dibikinin?", ["akta-kelahiran-terlambat"], "birth certificate for adult", "eligibility")
I("anak sy lahir 5 bulan lalu di kampung blm sempet ngurus akte, ada dendanya ga?", ["akta-kelahiran-terlambat"], "late birth registration fine", "penalty")

# akta-kelahiran
I("bayi sy baru lahir di rsud kemarin, buat akte lahirnya bawa apa aja kak", ["akta-kelahiran"], "birth certificate documents", "documents")
I("nikah siri blm ada buku nikah, anak bs dibuatin akte ga", ["akta-kelahiran"], "birth certificate without marriage book", "eligibility")
I("Selamat siang, saya ingin menanyakan prosedur pengurusan akta kelahiran untuk anak kedua saya yang lahir di bidan desa.", ["akta-kelahiran"], "birth certificate procedure", "steps")

# akta-kematian
I("nenek sy meninggal minggu lalu di rumah, mau bikin akte kematian bawa apa", ["akta-kematian"], "death certificate documents", "documents")
I("suami meninggal, status ktp sy jadi cerai mati bisa sekalian pas ngurus akta kematiannya?", ["akta-kematian", "ktp-el-perubahan-data"], "update widow status with death certificate", "steps")

# akta-perceraian
I("sy kristen udh cerai di PN, akta cerainya ngambil dmn", ["akta-perceraian"], "where to get divorce certificate", "place")
I("abis cerai di pengadilan agama, ktp sy statusnya msh kawin, gantinya gmn", ["akta-perceraian", "ktp-el-perubahan-data"], "update status after divorce", "steps")

# akta-perkawinan-nonmuslim
I("kami menikah di pura bulan lalu, cara daftarin ke catatan sipil gmn", ["akta-perkawinan-nonmuslim"], "register hindu marriage", "steps")
I("akta nikah buat pasangan buddha perlu foto berdua ga?", ["akta-perkawinan-nonmuslim"], "marriage certificate photo requirement", "documents")

# balik-nama-kendaraan
I("beli motor second dari temen, mau ganti nama di stnk sama bpkb, bawa apa aja", ["balik-nama-kendaraan"], "transfer used motorbike ownership documents", "documents")
I("bbn motor bekas msh dipungut ga sih taun ini", ["balik-nama-kendaraan"], "used vehicle transfer fee", "cost")

# balik-nama-sertifikat-tanah
I("mau beli tanah kavling 100 meter, pajak pembeli sama penjual brp persen", ["balik-nama-sertifikat-tanah"], "land purchase taxes", "cost")
I("ajb tanah dibikin dimana, notaris apa bpn?", ["balik-nama-sertifikat-tanah"], "where to make land sale deed", "place")

# bpjs-kesehatan-mandiri
I("mau daftar bpjs sekeluarga tp bayar sendiri, lewat aplikasi bisa?", ["bpjs-kesehatan-mandiri"], "register independent bpjs online", "online")
I("iuran bpjs kls 2 sebulan brp skrg", ["bpjs-kesehatan-mandiri"], "bpjs class 2 premium", "cost")

# bpjs-kesehatan-pbi
I("gmn caranya biar dapet bpjs yg dibayarin pemerintah, sy buruh tani", ["bpjs-kesehatan-pbi"], "get government-paid bpjs", "eligibility")
I("kis pbi ibu sy tiba2 ga aktif pas mau berobat, padahal masih miskin", ["bpjs-kesehatan-pbi", "bpjs-kesehatan-reaktivasi"], "reactivate deactivated pbi", "steps")

# bpjs-kesehatan-pindah-faskes
I("mau ganti puskesmas bpjs ke yg deket kantor, di mobile jkn gmn", ["bpjs-kesehatan-pindah-faskes"], "change primary clinic in app", "online")
I("lagi tugas di luar kota sebulan, bs berobat di klinik sana pake bpjs ga", ["bpjs-kesehatan-pindah-faskes"], "use bpjs at other clinic while travelling", "other")

# bpjs-kesehatan-reaktivasi
I("bpjs nunggak 8 bulan, mau aktif lagi harus lunasin semua?", ["bpjs-kesehatan-reaktivasi"], "arrears to reactivate bpjs", "cost")
I("denda rawat inap abis bpjs diaktifin lagi itu berapa", ["bpjs-kesehatan-reaktivasi"], "inpatient penalty after reactivation", "penalty")

# bpjs-ketenagakerjaan-jht
I("resign dr pabrik garmen bulan lalu, jht bisa dicairin skrg?", ["bpjs-ketenagakerjaan-jht"], "when jht can be claimed", "eligibility")
I("cairin jht saldo 25 juta lewat jmo bisa ga", ["bpjs-ketenagakerjaan-jht"], "claim large jht via app", "online")

# cek-bansos
I("cara liat nama kita masuk penerima pkh apa engga", ["cek-bansos"], "check pkh recipient status", "steps")
I("cek bpnt", ["cek-bansos"], "check bpnt status", "overview")

# ikd
I("aplikasi ikd", ["ikd"], "digital id app", "overview")
I("aktivasi ikd harus di dukcapil sesuai alamat ga? sy lg kerja di batam ktp medan", ["ikd"], "where to activate digital id", "place")

# kartu-kuning-ak1
I("bikin ak1 buat daftar cpns, bawa berkas apa", ["kartu-kuning-ak1"], "job seeker card documents", "documents")
I("kartu kuning berlaku brp lama", ["kartu-kuning-ak1"], "job seeker card validity", "validity")

# kia
I("anak sy umur 3 thn mau bikin kia, pake foto ga", ["kia"], "child id photo requirement", "documents")
I("kia anak ilang pas study tour, gantinya gmn", ["kia"], "replace lost child id", "steps")

# kk-baru
I("baru nikah bulan kemaren mau punya kk sendiri pisah dr mertua, syaratnya apa aja", ["kk-baru"], "new family card after marriage", "documents")
I("istri dari surabaya sy di sidoarjo, bikin kk bareng perlu surat pindah?", ["kk-baru"], "moving letter for new family card", "documents")

# kk-hilang-rusak
I("kk kebakar sebagian pas rumah kebakaran, cara ganti gmn", ["kk-hilang-rusak"], "replace burnt family card", "steps")
I("kartu keluarga ilang, harus ke polsek dulu?", ["kk-hilang-rusak"], "police letter for lost family card", "documents")

# kk-pisah
I("sy 25 thn blm nikah pengen punya kk sendiri tp masih serumah sama ortu, bisa ga", ["kk-pisah"], "separate family card same address", "eligibility")
I("abis cerai mau misahin kk dari mantan suami, bawa apa aja", ["kk-pisah"], "split family card after divorce", "documents")

# kk-tambah-anggota
I("ponakan mau ikut kk sy krn sekolah di sini, umurnya 14, syaratnya apa", ["kk-tambah-anggota"], "add minor relative to family card", "documents")
I("masukin nama bayi ke kk gmn", ["kk-tambah-anggota", "akta-kelahiran"], "add newborn to family card", "steps")

# ktp-el-baru
I("anak sy bulan depan 17 thn, rekam ktp nya dimana", ["ktp-el-baru"], "where to record first e-ktp", "place")
I("umur 23 blm rekam e-ktp, ada sanksi ga", ["ktp-el-baru"], "penalty for not recording ktp", "penalty")

# ktp-el-hilang
I("dompet sy dicopet di pasar, ktp ikut ilang. ngurusnya gmn", ["ktp-el-hilang"], "replace lost ktp", "steps")
I("ktp ilang masih wajib pake surat polisi ga sih, katanya skrg ga perlu", ["ktp-el-hilang"], "police letter for lost ktp", "documents")
I("e ktp ilang, surat kehilangannya bikin dimana", ["surat-kehilangan-polisi", "ktp-el-hilang"], "where to get loss letter for ktp", "place")

# ktp-el-perubahan-data
I("pekerjaan di ktp msh pelajar padahal udh kerja, cara gantinya?", ["ktp-el-perubahan-data"], "change occupation on ktp", "steps")
I("nama di ktp salah 1 huruf, benerinnya bawa apa", ["ktp-el-perubahan-data"], "correct typo on ktp", "documents")

# ktp-el-rusak
I("ktp sy retak kelindes motor, ganti perlu surat polisi?", ["ktp-el-rusak"], "replace cracked ktp documents", "documents")
I("ktp kulo rusak, ngganti neng endi nggih", ["ktp-el-rusak"], "where to replace damaged ktp", "place")

# legalisir-dokumen
I("daftar kuliah diminta fotokopi kk dilegalisir, kk nya udh ada barcode. perlu ga?", ["legalisir-dokumen"], "legalisation of qr family card", "other")
I("legalisir akta kelahiran jadul yg masih ttd basah, kemana", ["legalisir-dokumen"], "where to legalise old birth certificate", "place")

# nib-oss
I("jualan kue online mau bikin nib, caranya gimana", ["nib-oss"], "get business id number", "steps")
I("nib itu sama kaya siup bukan", ["nib-oss"], "nib vs old business licence", "overview")

# nikah-kua
I("mau nikah ke kua berkasnya apa aja, n1 sampe n4 itu dapet dari mana", ["nikah-kua"], "kua marriage documents", "documents")
I("calon istri umur 18, mau nikah di kua perlu surat apa lagi", ["nikah-kua"], "underage bride dispensation", "eligibility")

# npwp-pribadi
I("nik skrg udh jadi npwp otomatis ya? sy blm pernah daftar", ["npwp-pribadi"], "nik as tax number", "eligibility")
I("bikin npwp buat syarat kerja lewat coretax gmn", ["npwp-pribadi"], "register tax number online", "online")

# paspor-baru
I("bikin paspor pertama buat umroh, dokumennya apa aja", ["paspor-baru"], "first passport documents", "documents")
I("paspor elektronik brp lama jadinya kak", ["paspor-baru"], "passport processing time", "duration")
I("paspor sy abis bulan depan, perpanjangnya lewat m-paspor?", ["paspor-baru"], "renew passport via app", "online")

# paspor-hilang-rusak
I("paspor anak kecuci di mesin cuci, gimana gantinya", ["paspor-hilang-rusak"], "replace water-damaged passport", "steps")
I("denda paspor ilang brp", ["paspor-hilang-rusak"], "lost passport fee", "penalty")

# pbg-bangunan
I("mau renov rumah nambah lantai 2, perlu izin apa", ["pbg-bangunan"], "building permit for renovation", "overview")
I("imb lama masih berlaku ga setelah ada pbg", ["pbg-bangunan"], "old imb validity", "validity")

# pengaduan-lapor
I("cara ngadu ke pemerintah pusat lewat internet gimana", ["pengaduan-lapor"], "file public service complaint online", "steps")
I("bisa ga kirim aduan tanpa nama, takut ketauan", ["pengaduan-lapor"], "anonymous complaint", "other")

# pindah-datang
I("udh pegang skpwni dari bandung, ktp alamat bekasi nya brp hari jadinya", ["pindah-datang"], "arrival registration processing time", "duration")
I("ngekos di jogja, ktp mau dipindah ke alamat kos, syaratnya?", ["pindah-datang"], "move ktp to boarding house address", "documents")

# pindah-keluar
I("mau pindah ktp dari lampung ke tangerang, ngurus di lampung dulu?", ["pindah-keluar"], "moving letter from origin", "steps")
I("bikin skpwni masih harus minta surat dr rt?", ["pindah-keluar"], "moving letter documents", "documents")

# pip-kip
I("cek anak dapet pip atau ga pake nisn", ["pip-kip"], "check pip status", "online")
I("dana pip smp setahun brp", ["pip-kip"], "pip amount junior high", "cost")

# sertifikat-tanah-ptsl
I("tanah warisan masih girik, gmn caranya ikut program sertifikat gratis", ["sertifikat-tanah-ptsl"], "join free land certification", "steps")
I("ptsl di desa kami diminta 500 rb per bidang, wajar ga", ["sertifikat-tanah-ptsl"], "ptsl fee limit", "cost")

# sim-baru
I("umur 17 udh bs bikin sim c?", ["sim-baru"], "minimum age for motorbike licence", "eligibility")
I("bikin sim a baru total biayanya brp", ["sim-baru"], "new car licence cost", "cost")
I("punten, bade naroskeun syarat damel sim c kanggo putra abdi nu tos 17 taun", ["sim-baru"], "new motorbike licence requirements", "documents")

# sim-hilang-rusak
I("sim c sy ilang, harus tes praktik ulang?", ["sim-hilang-rusak"], "replace lost licence without test", "steps")
I("sim a patah jadi 2, ganti bayar brp", ["sim-hilang-rusak"], "cost replacing broken licence", "cost")

# sim-perpanjangan
I("sim mati 3 hari, bs diperpanjang?", ["sim-perpanjangan"], "renew expired licence", "eligibility")
I("perpanjang sim pake aplikasi apa", ["sim-perpanjangan"], "renew licence online", "online")
I("perpanjang sim c di satpas sehari jadi ga", ["sim-perpanjangan"], "licence renewal time", "duration")

# skck-baru
I("skck buat kerja ke jepang bikinnya di polres atau polda", ["skck-baru"], "where to get skck for abroad", "place")
I("syarat skck", ["skck-baru"], "skck requirements", "documents")
I("skck berlaku brp bulan", ["skck-baru", "skck-perpanjangan"], "skck validity", "validity")

# skck-perpanjangan
I("skck udh mati 4 bulan, bisa perpanjang di polsek lain ga", ["skck-perpanjangan"], "where to renew skck", "place")
I("perpanjang skck perlu sidik jari lg?", ["skck-perpanjangan"], "fingerprint for skck renewal", "steps")

# sktm
I("sktm buat keringanan biaya rumah sakit bikinnya dimana", ["sktm"], "where to get certificate of poverty", "place")
I("sktm", ["sktm"], "certificate of poverty", "overview")

# spt-tahunan
I("lapor spt tahun ini masih di djp online atau udh coretax?", ["spt-tahunan"], "where to file annual tax return", "online")
I("spt telat didenda brp", ["spt-tahunan"], "late tax return fine", "penalty")

# stnk-lima-tahunan
I("motor udh 5 thn plat mau diganti, harus bawa motornya ga", ["stnk-lima-tahunan"], "physical check for 5-year renewal", "documents")
I("stnk 5 tahunan bisa bayar lewat signal?", ["stnk-lima-tahunan", "stnk-pajak-tahunan"], "5-year renewal online", "online")

# stnk-pajak-tahunan
I("pajak motor taunan perlu bpkb asli ga", ["stnk-pajak-tahunan"], "documents for annual vehicle tax", "documents")
I("telat bayar pajak mobil 3 bulan ada dendanya?", ["stnk-pajak-tahunan"], "late vehicle tax fine", "penalty")
I("pajak motor atas nama kakak, sy boleh bayarin di samsat?", ["stnk-pajak-tahunan"], "pay vehicle tax on behalf", "documents")
I("kumaha carana mayar pajeg motor online", ["stnk-pajak-tahunan"], "pay vehicle tax online", "online")

# surat-ahli-waris
I("bapak meninggal, mau cairin deposito di bank diminta surat waris. bikin dmn", ["surat-ahli-waris"], "where to get heirship letter", "place")
I("surat keterangan waris harus ditandatangan semua anak ya? kakak sy di malaysia", ["surat-ahli-waris"], "heirship letter signatories", "documents")

# surat-domisili
I("anak kos dari medan, butuh surat domisili buat daftar kerja di sini", ["surat-domisili"], "domicile letter for newcomer", "steps")
I("surat domisili berlaku brp lama", ["surat-domisili"], "domicile letter validity", "validity")

# surat-kehilangan-polisi
I("stnk ilang, surat kehilangan polisi bayar ga", ["surat-kehilangan-polisi"], "cost of police loss letter", "cost")
I("bikin surat kehilangan online bisa?", ["surat-kehilangan-polisi"], "online police loss report", "online")

# tilang-elektronik-etle
I("dpt surat etle ke rumah, padahal motor udh dijual ke orang", ["tilang-elektronik-etle"], "etle letter for sold vehicle", "steps")
I("kalo etle ga dikonfirmasi apa akibatnya", ["tilang-elektronik-etle"], "consequence of ignoring etle", "penalty")

# usulan-bansos-dtsen
I("sy janda anak 3 kerja serabutan blm pernah dapet bantuan, daftarnya gmn", ["usulan-bansos-dtsen"], "apply to social aid data", "steps")
I("tetangga punya mobil 2 tp dapet pkh, bisa disanggah?", ["usulan-bansos-dtsen"], "object to ineligible aid recipient", "other")

# ---------------- near_miss ----------------
N("akta kelahiran anak sy yg lahir di malaysia gmn ngurusnya", "birth certificate for child born abroad", "steps")
N("ktp ilang pas lagi kerja di hongkong, bs ganti lewat kbri?", "replace ktp while abroad", "place")
N("bikin sim internasional syaratnya apa", "international driving permit", "documents")
N("stnk motor ilang, gantinya gimana ya", "replace lost stnk", "steps")
N("bpkb mobil ilang dicuri, ngurusnya kemana", "replace lost bpkb", "place")
N("buku nikah sy ilang, bisa dicetak ulang di kua?", "replace lost marriage book", "steps")
N("daftar npwp buat cv yg baru berdiri gmn", "tax number for business entity", "steps")
N("klaim jkk kecelakaan kerja bpjs ketenagakerjaan syaratnya", "work accident benefit claim", "documents")
N("jaminan pensiun bpjstk bisa dicairin kapan", "pension benefit claim", "eligibility")
N("masih kerja tp mau ambil jht 10% buat dp rumah bisa?", "partial jht withdrawal while employed", "eligibility")
N("sertifikat tanah ilang kebawa banjir, ngurusnya ke bpn gmn", "replace lost land certificate", "steps")
N("mau pecah sertifikat tanah warisan jadi 3 buat adik2", "split land certificate", "steps")
N("pajak motor plat luar provinsi bs dibayar di samsat sini?", "pay out-of-province vehicle tax", "place")
N("istri sy wna, bisa ikut daftar bpjs kesehatan ga", "bpjs for foreign spouse", "eligibility")
N("daftarin karyawan toko ke bpjs kesehatan lewat badan usaha gmn", "register employees for bpjs", "steps")
N("kartu prakerja gelombang baru daftarnya gmn", "kartu prakerja registration", "steps")
N("wna yg tinggal di bali bisa bikin skck?", "skck for foreigner", "eligibility")
N("surat keterangan belum menikah dari kelurahan syaratnya apa", "certificate of single status", "documents")
N("surat keterangan usaha dr desa buat pengajuan kur bank", "business certificate from village", "documents")
N("izin pirt buat keripik singkong rumahan", "home food production permit", "steps")
N("sertifikat halal gratis buat umkm daftarnya dimana", "halal certification", "place")
N("daftarin merek dagang kopi sy biar ga dicontek", "trademark registration", "steps")
N("nama ayah di akta kelahiran sy salah tulis, benerinnya gmn", "correct birth certificate data", "steps")
N("isbat nikah siri biar dapet buku nikah prosesnya gimana", "marriage legalisation in court", "steps")
N("nikah beda agama dicatat dimana ya", "interfaith marriage registration", "place")
N("calon suami sy warga negara turki, nikah di kua perlu dokumen apa", "marriage with foreigner at kua", "documents")
N("mau gugat cerai suami ke pengadilan agama, langkahnya apa aja", "file for divorce", "steps")
N("kip kuliah daftarnya lewat mana", "university scholarship kip kuliah", "steps")
N("perpanjang paspor di kbri singapura bisa?", "renew passport abroad", "place")
N("bikin visa jepang buat liburan syaratnya", "japan visa", "documents")
N("istri sy orang filipina, kitas nya perpanjang dimana", "foreigner stay permit", "place")
N("cara bikin surat pindah ke luar negeri krn mau menetap di australia", "moving abroad letter", "steps")
N("ganti faskes rujukan rumah sakit bpjs buat kontrol jantung", "change referral hospital", "steps")
N("bpjs mandiri mau turun dari kelas 1 ke kelas 3 gmn", "change bpjs class", "steps")
N("kena tilang manual dapet slip biru, bayarnya dimana", "manual traffic ticket payment", "place")
N("lupa password coretax gmn resetnya", "reset tax account password", "online")
N("slf buat ruko 3 lantai ngurusnya ke mana", "certificate of building function", "place")
N("legalisir ijazah sma yg udh lulus 10 thn lalu", "legalise school diploma", "place")
N("klaim santunan jasa raharja kecelakaan motor", "traffic accident insurance claim", "documents")
N("daftar bpjs ketenagakerjaan buat ojol bukan penerima upah", "register informal worker social security", "steps")
N("akta kelahiran buat anak angkat dari panti gmn", "birth certificate for adopted child", "steps")
N("motor sy ganti warna dari merah ke hitam, stnk nya harus diubah?", "change vehicle colour registration", "steps")
N("surat bebas narkoba buat tes cpns bikin dimana", "drug-free certificate", "place")
N("surat keterangan sehat buat melamar kerja di puskesmas brp", "health certificate cost", "cost")
N("bantuan pkh buat lansia di desa berapa sekali cair", "pkh benefit amount", "cost")
N("bikin surat keterangan penghasilan ortu dari kelurahan buat daftar sekolah gmn", "income certificate from village office", "steps")
N("pensiun janda dari taspen setelah suami pns meninggal", "civil servant widow pension", "steps")
N("bayar pbb rumah tahun ini bisa lewat mana aja", "pay land and building tax", "online")
N("daftar haji reguler di kemenag syaratnya apa", "hajj registration", "documents")
N("ktp anak sy udh jadi tp mau diambil, diwakilin ortu boleh ga", "collect ktp by proxy", "other")

# ---------------- off_topic ----------------
O("halo min", "greeting")
O("p", "attention ping")
O("assalamualaikum", "greeting")
O("makasih banyak ya infonya membantu bgt", "thanks")
O("wkwkwk", "laughter")
O("bot bego ditanya apa jawabnya apa", "insult")
O("kamu manusia apa robot sih", "chit-chat about bot")
O("siapa presiden indonesia pertama", "general knowledge")
O("resep rendang padang yg empuk gmn", "recipe")
O("besok hujan ga di bogor", "weather")
O("harga emas antam hari ini brp", "gold price")
O("jadwal timnas main lawan jepang kapan", "football schedule")
O("nomor togel keluar apa hari ini", "gambling")
O("tarif listrik pln naik ga bulan depan", "electricity tariff")
O("cara ganti nomor wa tanpa ilang chat", "whatsapp help")
O("ada lowongan satpam ga min", "job vacancy")
O("bayar tagihan pdam telat kena denda brp", "water bill penalty", "penalty")
O("ganjil genap jakarta berlaku jam brp", "odd-even traffic rule", "other")
O("min lagi apa", "chit-chat")
O("test", "test message")
O("good morning sayang", "chit-chat greeting")
O("rekomendasi hp 2 jutaan buat ojol dong", "phone recommendation")
O("berapa jarak jakarta ke surabaya naik kereta", "travel distance")
O("sugeng enjing, pripun kabare", "javanese greeting")
O("cara bikin akun tiktok affiliate", "social media help")

# ---------------- follow_up ----------------
F("ktp sy ilang kemarin di terminal", "surat polisinya bayar ga", ["surat-kehilangan-polisi", "ktp-el-hilang"], "cost of police loss letter", "cost")
F("mau perpanjang sim c bulan depan", "bisa lewat hp?", ["sim-perpanjangan"], "renew licence online", "online")
F("bayi sy lahir minggu lalu, bikin akte gmn", "kia nya sekalian?", ["akta-kelahiran", "kia"], "child id with birth certificate", "other")
F("syarat bikin paspor baru apa aja", "biayanya brp", ["paspor-baru"], "passport cost", "cost")
F("kk sy basah kena banjir, bisa diganti?", "kalo yg ilang gmn", ["kk-hilang-rusak"], "replace lost family card", "steps")
F("ktp sy patah kelindes", "brp lama jadinya", ["ktp-el-rusak"], "damaged ktp replacement time", "duration")
F("cara bikin skck buat lamaran", "kalo udh mati gmn", ["skck-perpanjangan"], "renew expired skck", "steps")
F("sim a saya hilang waktu mudik", "kalo ternyata udh expired?", ["sim-hilang-rusak", "sim-baru"], "lost and expired licence", "eligibility")
F("nikah di kua bayar ga", "kalo akadnya di gedung?", ["nikah-kua"], "cost of wedding outside kua", "cost")
F("mau akad di kua, berkasnya apa aja", "kalo sy kristen gmn", ["akta-perkawinan-nonmuslim"], "non-muslim marriage registration", "overview")
F("pajak motor taunan bayarnya gmn", "kalo yg 5 tahunan?", ["stnk-lima-tahunan"], "5-year stnk renewal", "steps")
F("cara klaim jht abis resign", "cairnya lama ga", ["bpjs-ketenagakerjaan-jht"], "jht payout time", "duration")
F("cek bansos pkh gmn caranya", "kalo nama sy ga ada?", ["usulan-bansos-dtsen"], "apply for social aid", "steps")
F("bikin surat pindah dr solo ke depok", "trus di depok ngapain", ["pindah-datang"], "register arrival", "steps")
F("daftar npwp online gmn", "lapor spt nya kapan", ["spt-tahunan"], "tax return deadline", "duration")
F("bpjs sy nonaktif gara2 nunggak", "bs dicicil?", ["bpjs-kesehatan-reaktivasi"], "instalment of bpjs arrears", "cost")
F("ikd diaktifin gimana sih", "hrs dateng ke kantor?", ["ikd"], "in-person verification for ikd", "place")
F("dapat surat etle di rumah", "kalo ga dibayar?", ["tilang-elektronik-etle"], "consequence of unpaid etle", "penalty")
F("ak1 syaratnya apa", "masa aktifnya sampe kapan", ["kartu-kuning-ak1"], "job seeker card validity", "validity")
F("syarat bikin sktm", "jadinya berapa hari", ["sktm"], "sktm processing time", "duration")
F("balik nama motor bekas gmn", "kalo platnya luar provinsi?", ["balik-nama-kendaraan"], "transfer vehicle from other province", "documents")
F("cara daftar pip buat anak sd", "kalo udh kuliah?", [], "aid for university student", "eligibility")
F("bikin sim c baru syaratnya", "kalo sim internasional?", [], "international driving permit", "documents")
F("ganti faskes bpjs gimana", "lewat wa bisa?", ["bpjs-kesehatan-pindah-faskes"], "change clinic via whatsapp", "online")
F("paspor sy hilang di bandara", "dendanya brp", ["paspor-hilang-rusak"], "lost passport fee", "penalty")

# ---------------- english ----------------
E("How do I replace a lost e-KTP?", ["ktp-el-hilang"], "replace lost ktp", "steps")
E("what documents do i need for a new passport", ["paspor-baru"], "passport documents", "documents")
E("How much is the BPJS Kesehatan class 1 premium per month?", ["bpjs-kesehatan-mandiri"], "bpjs class 1 premium", "cost")
E("We had a Catholic wedding last month, how do we get it recorded with the civil registry?", ["akta-perkawinan-nonmuslim"], "register catholic marriage", "steps")
E("my driving license expired last week, can I still renew it?", ["sim-perpanjangan"], "renew expired licence", "eligibility")
E("how to get a police clearance certificate for a job overseas", ["skck-baru"], "police clearance for abroad", "place")
E("Can I pay my motorbike tax online?", ["stnk-pajak-tahunan"], "pay vehicle tax online", "online")
E("when is the deadline to file my personal income tax return", ["spt-tahunan"], "tax return deadline", "duration")
E("How do I get an NIB for my small food business?", ["nib-oss"], "business id number", "steps")
E("how to withdraw my JHT savings after quitting my job", ["bpjs-ketenagakerjaan-jht"], "jht withdrawal", "steps")
E("where can i report a government officer who asked me for a bribe", ["pengaduan-lapor"], "report bribery", "place")
E("got an ETLE letter in the mail, what am I supposed to do", ["tilang-elektronik-etle"], "respond to etle letter", "steps")
E("How do I apply for a KITAS work permit?", [], "foreign work stay permit", "steps")
E("how to get an international driving permit in jakarta", [], "international driving permit", "steps")
E("Where can I extend my tourist visa?", [], "tourist visa extension", "place")

# ---------------- complaint ----------------
C("udh 3 bulan ktp sy blm jadi2, tiap ke dukcapil alesannya blangko abis. capek bolak balik", ["pengaduan-lapor"], "ktp delayed for months", "duration")
C("petugas samsat minta uang tambahan 150rb biar cepet, katanya biaya admin", ["pengaduan-lapor"], "illegal fee at samsat", "cost")
C("pegawai kelurahan judes banget pas sy minta sktm, berkasnya dilempar ke meja", ["pengaduan-lapor"], "rude village officer", "other")
C("panitia ptsl di desa minta 2 juta per bidang katanya buat ukur, kami warga ga sanggup", ["pengaduan-lapor"], "excessive ptsl fee", "cost")
C("tetangga sy punya ruko tp dapet bansos tiap bulan, yg miskin beneran malah ga dapet. ga adil", ["pengaduan-lapor", "usulan-bansos-dtsen"], "ineligible aid recipient", "other")
C("bpjs pbi bapak dicabut sepihak padahal kami masih susah, pas mau operasi ditolak rs", ["pengaduan-lapor", "bpjs-kesehatan-pbi"], "pbi deactivated unfairly", "other")
C("antrian paspor di m-paspor penuh terus, sebulan ga dapet slot sama sekali", ["pengaduan-lapor"], "no passport appointment slots", "online")
C("sy mau komplain, dana pip anak sy dipotong sekolah 200rb tanpa alasan", ["pengaduan-lapor"], "school cut pip funds", "cost")
C("udh ngadu ke dinas tp didiemin aja 2 bulan, harus kemana lagi ini", ["pengaduan-lapor"], "complaint ignored by agency", "other")
C("kok bikin akte kematian di capil dimintain 100rb sama petugas, bukannya gratis", ["pengaduan-lapor"], "illegal fee for death certificate", "cost")
C("website coretax error mulu dari kemarin, udh mau deadline spt ini gimana", ["pengaduan-lapor"], "tax system outage", "online")
C("penghulu minta amplop sejuta padahal akadnya di kantor kua", ["pengaduan-lapor"], "bribe for marriage officiant", "cost")
C("jht sy udh sebulan diajukan belum cair2, cs nya ga bisa dihubungi", ["pengaduan-lapor"], "jht payout delayed", "duration")
C("wis ping telu mrono dukcapil, kk ku durung dadi wae. piye iki pelayanane", ["pengaduan-lapor"], "family card delayed", "duration")
C("Dengan hormat, saya ingin menyampaikan keberatan atas pelayanan kantor kecamatan yang sudah tutup sebelum jam kerja berakhir.", ["pengaduan-lapor"], "office closed early", "other")

rng = random.Random(SEED)
rng.shuffle(ROWS)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in ROWS:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(ROWS), "rows written to", out)

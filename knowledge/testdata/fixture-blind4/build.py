#!/usr/bin/env python3
"""Held-out question set fixture-blind4, written by hand and blind (see README.md).
Each call below is one question. The script only collects, shuffles and writes."""
import json
import os
import random

SEED = 20261304
HERE = os.path.dirname(os.path.abspath(__file__))
rows = []


def add(q, ids, group, need, aspect, prev=""):
    rows.append({"q": q, "ids": list(ids), "new_ids": [], "group": group,
                 "need": need, "aspect": aspect, "prev": prev})


def I(q, ids, need, aspect):
    add(q, ids, "in_scope", need, aspect)


def N(q, need, aspect):
    add(q, [], "near_miss", need, aspect)


def O(q, need, aspect="other"):
    add(q, [], "off_topic", need, aspect)


def F(prev, q, ids, need, aspect):
    add(q, ids, "follow_up", need, aspect, prev)


def E(q, ids, need, aspect):
    add(q, ids, "english", need, aspect)


def C(q, ids, need, aspect="other"):
    add(q, ids, "complaint", need, aspect)


# ---------------------------------------------------------------- in_scope
# akta-kelahiran-hilang
I("akta kelahiran anak kena banjir, tulisannya luntur ga kebaca. ngurus gantinya bayar ga?", ["akta-kelahiran-hilang"], "replace damaged birth certificate fee", "cost")
I("min akta lahir aku ilang, dulu dibikin di surabaya tp skrg tinggal di bekasi. hrs balik ke surabaya?", ["akta-kelahiran-hilang"], "where to reissue lost birth certificate", "place")

# akta-kelahiran-terlambat
I("sy udh umur 40 blm pny akte lahir, dulu lahir di kampung dibantu dukun beranak. msh bisa bikin?", ["akta-kelahiran-terlambat"], "birth certificate for adult", "eligibility")
I("anak lahir 5 bulan lalu akte nya blm diurus, kena denda ga ya", ["akta-kelahiran-terlambat"], "late birth registration fine", "penalty")

# akta-kelahiran
I("mas, nek arep gawe akta kelahiran bayi kudu nggowo opo wae?", ["akta-kelahiran"], "birth certificate documents", "documents")
I("kami nikah siri blm ada buku nikah, anak baru lahir mau dibikinin akte gmn", ["akta-kelahiran"], "birth certificate without marriage book", "documents")
I("Selamat siang. Istri saya melahirkan di Puskesmas Cibinong. KTP saya Bogor, KTP istri Depok. Akta anak diurus di Dukcapil mana?", ["akta-kelahiran"], "which office issues birth certificate", "place")

# akta-kematian
I("bapak meninggal minggu lalu di rumah, mau bikin akte kematian bawa berkas apa aja", ["akta-kematian"], "death certificate documents", "documents")
I("paling lambat brp hari harus lapor ke capil kalo ada keluarga yg wafat?", ["akta-kematian"], "deadline to report death", "duration")

# akta-perceraian
I("sy kristen udh putus cerai di PN, akta cerainya ngurus di mana", ["akta-perceraian"], "divorce certificate non-muslim place", "place")
I("udah cerai di pengadilan agama tp ktp sy statusnya msh kawin, gantinya gmn", ["ktp-el-perubahan-data", "akta-perceraian"], "update marital status after divorce", "steps")

# akta-perkawinan-nonmuslim
I("kami katolik baru pemberkatan bulan lalu, daftar ke capil nya bawa apa", ["akta-perkawinan-nonmuslim"], "non-muslim marriage registration documents", "documents")
I("nikah hindu di bali dicatatnya di kua atau capil?", ["akta-perkawinan-nonmuslim"], "where hindu marriage is registered", "place")

# balik-nama-kendaraan
I("beli mobil second dr temen kantor, mau ganti nama di stnk & bpkb. berkasnya apa aja", ["balik-nama-kendaraan"], "used car ownership transfer documents", "documents")
I("balik nama motor bekas taun ini masih kena bbn 2 ga sih", ["balik-nama-kendaraan"], "used vehicle transfer tax", "cost")

# balik-nama-sertifikat-tanah
I("beli rumah bekas di depok, sertifikat msh nama pemilik lama. alurnya gmn biar jd nama sy", ["balik-nama-sertifikat-tanah"], "land title transfer after purchase", "steps")
I("pph sama bphtb jual beli tanah itu brp persen sih", ["balik-nama-sertifikat-tanah"], "land sale taxes", "cost")

# bpjs-kesehatan-mandiri
I("sy freelancer mau daftar bpjs kesehatan sendiri, bisa via aplikasi?", ["bpjs-kesehatan-mandiri"], "register bpjs independently online", "online")
I("iuran bpjs kls 2 sebulan brp skrg", ["bpjs-kesehatan-mandiri"], "bpjs class 2 premium", "cost")
I("kumaha carana daptar bpjs mandiri, abdi teu acan gaduh kartuna", ["bpjs-kesehatan-mandiri"], "register bpjs mandiri", "steps")

# bpjs-kesehatan-pbi
I("ibu sy janda lansia ga mampu, pengen bpjs nya ditanggung pemerintah. gmn caranya", ["bpjs-kesehatan-pbi"], "get government-paid bpjs", "steps")
I("kis sy tiba2 ga aktif, dulu itu gratisan dr pemerintah. skrg ngurusnya kemana?", ["bpjs-kesehatan-pbi", "bpjs-kesehatan-reaktivasi"], "reactivate pbi bpjs", "place")

# bpjs-kesehatan-pindah-faskes
I("puskesmas bpjs sy jauh bgt dr rumah baru, mau pindah ke klinik deket situ", ["bpjs-kesehatan-pindah-faskes"], "change primary clinic", "steps")
I("lg mudik 2 minggu di klaten, bisa berobat di puskesmas sana pake bpjs tanpa pindah faskes?", ["bpjs-kesehatan-pindah-faskes"], "treatment outside registered clinic", "other")

# bpjs-kesehatan-reaktivasi
I("bpjs nunggak 8 bulan, mau aktifin lg. bisa dicicil ga?", ["bpjs-kesehatan-reaktivasi"], "pay bpjs arrears in installments", "cost")
I("denda rawat inap abis bpjs aktif lagi itungannya gimana", ["bpjs-kesehatan-reaktivasi"], "bpjs inpatient penalty after reactivation", "penalty")
I("baru kena phk, bpjs dr kantor mati. biar nyala lagi gmn", ["bpjs-kesehatan-reaktivasi", "bpjs-kesehatan-mandiri"], "keep bpjs after layoff", "steps")

# bpjs-ketenagakerjaan-jht
I("resign dr pabrik awal bulan ini, jht bisa dicairin kapan", ["bpjs-ketenagakerjaan-jht"], "when jht can be claimed after resigning", "eligibility")
I("saldo jht sy 25 jt, bisa klaim lewat jmo ga?", ["bpjs-ketenagakerjaan-jht"], "claim large jht via app", "online")

# cek-bansos
I("cara liat nama ibu sy terdaftar pkh apa ngga", ["cek-bansos"], "check pkh recipient status", "steps")
I("cek bpnt lewat hp gmn, websitenya apa", ["cek-bansos"], "check food aid online", "online")

# ikd
I("ikd hrs ke dukcapil dulu ya? ga bisa full dr hp aja?", ["ikd"], "activate digital id without office visit", "online")
I("ikd", ["ikd"], "digital id", "overview")

# kartu-kuning-ak1
I("bikin ak1 buat daftar cpns bawa apa aja", ["kartu-kuning-ak1"], "job seeker card documents", "documents")
I("kartu kuning berlaku brp lama", ["kartu-kuning-ak1"], "job seeker card validity", "validity")

# kia
I("anak umur 3 th bikin kia pake pas foto ga", ["kia"], "photo for child id card", "documents")
I("kia anak sy ilang di sekolah, gantinya perlu apa", ["kia"], "replace lost child id card", "documents")

# kk-baru
I("abis nikah pengen punya kk sendiri, ga mau numpang di kk mertua terus", ["kk-baru"], "new family card after marriage", "steps")
I("suami dr medan sy dr bandung, bikin kk baru kami berkasnya apa", ["kk-baru"], "new family card documents couples from different cities", "documents")

# kk-hilang-rusak
I("kk sobek kena air, mau ganti perlu surat polisi ga", ["kk-hilang-rusak"], "replace damaged family card documents", "documents")
I("Kartu keluarga kami hilang saat mengungsi banjir. Berapa lama proses penggantiannya?", ["kk-hilang-rusak"], "lost family card replacement time", "duration")

# kk-pisah
I("umur 25 blm nikah, pengen kk sendiri tp masih serumah sama ortu. boleh?", ["kk-pisah"], "separate family card same address", "eligibility")
I("udah resmi cerai, mau misahin kk dr mantan suami syaratnya apa", ["kk-pisah"], "split family card after divorce", "documents")

# kk-tambah-anggota
I("keponakan umur 15 mau ikut kk sy krn sekolah di sini, perlu surat apa aja", ["kk-tambah-anggota"], "add minor relative to family card", "documents")
I("bayi baru lahir dimasukin ke kk bisa sekalian pas ngurus akte?", ["kk-tambah-anggota", "akta-kelahiran"], "add newborn to family card", "steps")

# ktp-el-baru
I("anak sy 17 th bulan depan, rekam ktp perlu pengantar rt ga", ["ktp-el-baru"], "first id card documents", "documents")
I("udh umur 20 tp blm rekam ektp, ada sanksinya?", ["ktp-el-baru"], "penalty for not recording id card", "penalty")
I("rekam e-ktp bs diwakilin bapaknya ga, anaknya kuliah di luar kota", ["ktp-el-baru"], "id card recording in person", "other")

# ktp-el-hilang
I("ktp ku ilang neng pasar, piye carane ngurus maneh", ["ktp-el-hilang"], "replace lost id card", "steps")
I("ktp hilang apa harus foto dan rekam sidik jari ulang?", ["ktp-el-hilang"], "re-recording for lost id card", "other")

# ktp-el-perubahan-data
I("pekerjaan di ktp masih pelajar padahal udh kerja 3 taun, gantinya bawa apa", ["ktp-el-perubahan-data"], "change occupation on id card", "documents")
I("Mohon info, saya baru lulus S1. Apakah gelar bisa dicantumkan di KTP dan apa syaratnya?", ["ktp-el-perubahan-data"], "add degree to id card", "documents")
I("mualaf, mau ganti agama di ktp caranya gmn", ["ktp-el-perubahan-data"], "change religion on id card", "steps")

# ktp-el-rusak
I("ktp patah, hrs ke polsek dulu ga sebelum ke dukcapil?", ["ktp-el-rusak"], "damaged id card needs police letter", "documents")
I("chip ektp ga kebaca pas buka rekening di bank, ganti nya sehari jadi?", ["ktp-el-rusak"], "damaged id card replacement time", "duration")

# legalisir-dokumen
I("fotokopi kk yg ada qr code nya perlu cap basah ga buat daftar kuliah", ["legalisir-dokumen"], "legalization of qr family card", "other")
I("legalisir akta nikah capil yg lama masih ttd basah, dmn?", ["legalisir-dokumen"], "where to legalize old civil document", "place")

# nib-oss
I("jualan kue online dr rumah, perlu nib ga? bikinnya gmn", ["nib-oss"], "business id for home business", "steps")
I("siup masih dipake ga skrg?", ["nib-oss"], "siup replaced by nib", "other")

# nikah-kua
I("akad di rumah mempelai wanita bayar brp ke kua", ["nikah-kua"], "kua wedding fee outside office", "cost")
I("mau nikah di kua, daftarnya paling telat brp hari sebelum akad", ["nikah-kua"], "marriage registration lead time", "duration")
I("calon istri umur 18, mau nikah di kua perlu apa lagi", ["nikah-kua"], "marriage under 19 requirements", "eligibility")

# npwp-pribadi
I("baru kerja disuruh hrd punya npwp, daftarnya lewat mana skrg", ["npwp-pribadi"], "register personal tax number", "online")
I("npwp", ["npwp-pribadi"], "tax number", "overview")

# paspor-baru
I("paspor mau abis 2 bulan lagi, perpanjang lewat m-paspor ya?", ["paspor-baru"], "renew passport via app", "online")
I("punten, upami bade ngadamel paspor teh sabaraha biayana?", ["paspor-baru"], "passport fee", "cost")
I("syarat paspor buat umroh anak umur 8 th", ["paspor-baru"], "child passport documents", "documents")

# paspor-hilang-rusak
I("paspor kecuci di mesin cuci, dendanya brp", ["paspor-hilang-rusak"], "damaged passport fee", "penalty")
I("paspor suami hilang pas umroh di mekkah, pulangnya gmn", ["paspor-hilang-rusak"], "passport lost abroad", "steps")

# pbg-bangunan
I("mau bangun ruko 2 lantai, izinnya apa skrg? imb udh ga ada kan", ["pbg-bangunan"], "building permit", "overview")
I("rumah udh ada imb dr 2010, mau tambah lantai 2 perlu ngurus lagi?", ["pbg-bangunan"], "permit for extending old building", "eligibility")

# pengaduan-lapor
I("bikin aduan di lapor.go.id bisa tanpa nama ga", ["pengaduan-lapor"], "anonymous public complaint", "steps")
I("aduan pelayanan publik lewat sms 1708 masih jalan?", ["pengaduan-lapor"], "complaint channel sms", "online")

# pindah-datang
I("udh dapet skpwni dr jogja, di bekasi ngapain lagi", ["pindah-datang"], "register arrival at new city", "steps")
I("ngekos di malang mau pindahin ktp ke alamat kos, perlu surat dr ibu kos?", ["pindah-datang"], "move id address to boarding house", "documents")

# pindah-keluar
I("mau pindah dr medan ke batam ikut suami, surat pindahnya ngurus gmn", ["pindah-keluar"], "moving out letter", "steps")
I("sy udh terlanjur tinggal di semarang, ktp masih kudus. bisa urus pindah dr semarang aja?", ["pindah-keluar", "pindah-datang"], "apply moving letter at destination", "place")

# pip-kip
I("dana pip smp setahun dapet brp", ["pip-kip"], "pip amount junior high", "cost")
I("anak sd blm dapet pip padahal kami dapet pkh, daftarnya lewat mana", ["pip-kip"], "apply for pip", "steps")

# sertifikat-tanah-ptsl
I("tanah warisan mbah msh girik, pengen disertifikatin lewat program gratis pemerintah", ["sertifikat-tanah-ptsl"], "free land certification program", "overview")
I("biaya ptsl yg resmi di jawa tengah itu brp sih", ["sertifikat-tanah-ptsl"], "ptsl official fee", "cost")

# sim-baru
I("anak sy baru 17, mau ambil sim motor bawa apa aja", ["sim-baru"], "new motorcycle licence documents", "documents")
I("sim a baru biaya resminya brp", ["sim-baru"], "new car licence fee", "cost")

# sim-hilang-rusak
I("sim ilang waktu jatuh dr motor, gantinya harus tes ulang?", ["sim-hilang-rusak"], "lost licence retest", "other")
I("sim a rusak kena air, gantinya bayar brp", ["sim-hilang-rusak"], "damaged licence fee", "cost")

# sim-perpanjangan
I("sim c mau abis bulan depan, bisa perpanjang online?", ["sim-perpanjangan"], "renew licence online", "online")
I("sim ku mati rong minggu, iso diperpanjang ra?", ["sim-perpanjangan", "sim-baru"], "renew expired licence", "validity")

# skck-baru
I("bikin skck buat kerja di jepang, di polres apa polda?", ["skck-baru"], "skck for abroad place", "place")
I("skck", ["skck-baru"], "police clearance", "overview")

# skck-perpanjangan
I("skck sy abis 3 bulan lalu, perpanjang bisa di polsek lain?", ["skck-perpanjangan"], "renew police clearance elsewhere", "place")
I("perpanjang skck perlu diambil sidik jari lagi ga", ["skck-perpanjangan"], "fingerprint for skck renewal", "steps")

# sktm
I("sktm buat keringanan biaya rumah sakit ngurus dmn", ["sktm"], "where to get poverty letter", "place")
I("bikin surat miskin bayar ga", ["sktm"], "poverty letter fee", "cost")

# spt-tahunan
I("lapor spt tahun ini udh lewat coretax ya? caranya gmn", ["spt-tahunan"], "file annual tax return online", "online")
I("lupa lapor spt sampe april, dendanya?", ["spt-tahunan"], "late tax return fine", "penalty")

# stnk-lima-tahunan
I("plat motor udh 5 taun, ganti plat bawa apa aja", ["stnk-lima-tahunan"], "five-year stnk documents", "documents")
I("pajak 5 tahunan bisa online ga", ["stnk-lima-tahunan"], "five-year stnk online", "online")

# stnk-pajak-tahunan
I("pajak taunan motor lewat aplikasi signal gmn caranya", ["stnk-pajak-tahunan"], "pay vehicle tax online", "online")
I("telat bayar pajak motor 3 bulan kena denda ga", ["stnk-pajak-tahunan"], "late vehicle tax penalty", "penalty")

# surat-ahli-waris
I("mau cairin deposito almh ibu, bank minta surat waris. bikinnya di kelurahan?", ["surat-ahli-waris"], "heir certificate for bank", "place")
I("surat keterangan waris harus ditandatangani semua saudara?", ["surat-ahli-waris"], "heir certificate signatures", "documents")

# surat-domisili
I("perantau, ktp garut, kerja di tangerang. butuh sk domisili buat buka rekening, gmn bikinnya", ["surat-domisili"], "residence letter", "steps")
I("surat domisili berlaku brp lama", ["surat-domisili"], "residence letter validity", "validity")

# surat-kehilangan-polisi
I("surat kehilangan dr polisi gratis kan?", ["surat-kehilangan-polisi"], "police loss report fee", "cost")
I("mau bikin laporan stnk hilang di polsek, bawa apa aja", ["surat-kehilangan-polisi"], "police loss report documents", "documents")
I("surat kehilangan polsek berlaku brp hari", ["surat-kehilangan-polisi"], "loss report validity", "validity")

# tilang-elektronik-etle
I("dapet surat etle di rumah, padahal motornya udh sy jual taun lalu", ["tilang-elektronik-etle"], "etle notice for sold vehicle", "steps")
I("bayar denda etle pake briva bisa lewat mana aja", ["tilang-elektronik-etle"], "pay electronic ticket", "place")

# usulan-bansos-dtsen
I("keluarga sy blm pernah dapet bantuan padahal susah, daftar bansos gmn", ["usulan-bansos-dtsen"], "apply for social aid", "steps")
I("daftar bansos bayar ga? ada yg nawarin bisa masukin nama asal bayar", ["usulan-bansos-dtsen"], "social aid registration fee", "cost")

# ---------------------------------------------------------------- near_miss
N("anak sy lahir di kuala lumpur, akte kelahirannya ngurus gmn", "birth certificate for child born abroad", "steps")
N("mau ganti nama anak yg udah tercantum di akta kelahiran, prosesnya gmn", "change child's name on birth certificate", "steps")
N("buku nikah dr kua ilang, bisa minta duplikat?", "replace lost marriage book", "steps")
N("cerai di pengadilan agama biaya perkaranya brp ya", "divorce court fee", "cost")
N("nikah beda agama bisa dicatat di capil ga?", "interfaith marriage registration", "eligibility")
N("calon suami wna dr belanda, kami katolik. syarat tambahan buat wna apa aja", "foreigner marriage registration", "documents")
N("motor atas nama almarhum bapak, mau dibalik nama ke ibu sbg warisan", "vehicle transfer by inheritance", "steps")
N("sertifikat tanah asli hilang kebakar, ngurus gantinya gmn", "replace lost land certificate", "steps")
N("tanah warisan mau dipecah jd 3 sertifikat buat kakak adik", "split land certificate", "steps")
N("santunan kematian jkm bpjs ketenagakerjaan dapet brp", "bpjs employment death benefit", "cost")
N("jaminan pensiun bpjs tk bisa dicairin sekaligus ga", "bpjs pension benefit", "eligibility")
N("kena phk, klaim jkp yg buat korban phk gmn", "job loss benefit claim", "steps")
N("bpjs kesehatan mandiri mau turun dr kelas 1 ke kelas 3", "change bpjs class", "steps")
N("mau ganti rumah sakit rujukan bpjs, bisa milih sendiri?", "change referral hospital", "other")
N("istri sy wna tinggal di jakarta, bisa daftar bpjs kesehatan?", "bpjs for foreigner", "eligibility")
N("anak lahir di tokyo, paspor nya bikin di kbri?", "passport for child born abroad", "place")
N("perpanjang paspor pas lg kerja di hongkong", "renew passport abroad", "place")
N("visa ke korea buat liburan syaratnya apa aja", "tourist visa", "documents")
N("sim internasional bikinnya dmn", "international driving permit", "place")
N("suami sy wna tinggal di surabaya, mau bikin sim c di sini bisa ga", "driving licence for foreigner", "eligibility")
N("perpanjang stnk 5 taun tapi bpkb masih di leasing", "five-year stnk with bpkb at leasing company", "documents")
N("motor udh dijual tp pajaknya masih atas nama sy, gmn biar diblokir", "block registration of sold vehicle", "steps")
N("mau cabut berkas motor dr samsat jakarta buat dibawa ke lampung, syaratnya apa", "vehicle transfer out of province", "documents")
N("bpkb motor ilang, ngurus duplikatnya gmn", "replace lost bpkb", "steps")
N("ktp hilang di taiwan, sy pmi blm bisa pulang", "lost id card abroad", "steps")
N("suami wna mau bikin kitas ikut sy", "foreign spouse residence permit", "steps")
N("bikin surat keterangan belum menikah dr kelurahan syaratnya", "single status letter", "documents")
N("surat keterangan usaha dr desa buat pinjem kur", "business certificate from village", "documents")
N("spp-irt buat keripik rumahan ngurusnya gmn", "home food production permit", "steps")
N("sertifikat halal gratis buat umkm daftarnya dmn", "halal certification", "place")
N("npwp buat cv baru daftarnya gmn", "business entity tax number", "steps")
N("lapor spt masa ppn bulanan caranya", "monthly vat return", "steps")
N("spt lebih bayar, restitusinya cair brp lama", "tax refund", "duration")
N("pbb rumah taun ini bayarnya dmn", "land and building tax payment", "place")
N("slf buat gedung kantor syaratnya apa", "building function certificate", "documents")
N("daftar kartu prakerja gelombang baru", "pre-employment card", "steps")
N("kip kuliah daftarnya kapan, anak sy lulus sma taun ini", "college scholarship kip kuliah", "steps")
N("bsu subsidi gaji cek penerimanya dmn", "wage subsidy check", "online")
N("mau pindah ke australia permanen, surat pindah ke luar negeri gmn", "moving abroad permanently", "steps")
N("penetapan ahli waris di pengadilan agama prosesnya gmn", "court heir determination", "steps")
N("legalisir ijazah sma yg udah lama lulus dmn", "legalize school diploma", "place")
N("legalisir fotokopi buku nikah kua", "legalize marriage book", "place")
N("apostille akta kelahiran buat kuliah di jerman", "apostille birth certificate", "steps")
N("ditilang polisi di jalan bukan etle, bayar dendanya dmn", "manual traffic ticket payment", "place")
N("di foto etle itu bukan motor sy, platnya dipalsuin orang", "dispute etle with fake plate", "steps")
N("ibu sy stroke ga bisa ke dukcapil, rekam ktp bisa petugas dateng ke rumah?", "home visit id card recording", "place")
N("anak angkat mau dimasukin ke kk, perlu penetapan pengadilan?", "add adopted child to family card", "documents")
N("isbat nikah buat pernikahan siri taun 2005", "marriage legalization isbat", "steps")
N("sertifikat tanah yg kertas mau diganti jadi elektronik", "convert land certificate to electronic", "steps")
N("tanah mau dihibahkan ke anak, ganti nama di sertifikatnya prosesnya gmn", "land title transfer by gift", "steps")

# ---------------------------------------------------------------- off_topic
O("halo", "greeting")
O("wkwkwk", "laughter")
O("p", "ping")
O("makasih ya min, sangat membantu", "thanks")
O("bot bego, ditanya apa jawabnya apa", "insult")
O("kamu manusia apa robot sih", "chit-chat")
O("selamat malam min, lagi sibuk ga", "greeting")
O("ibukota indonesia skrg jakarta apa ikn?", "general knowledge")
O("resep rendang padang yg enak gmn", "recipe")
O("besok hujan ga di bogor", "weather")
O("harga emas antam hari ini brp", "gold price")
O("token listrik ga masuk padahal udh bayar", "electricity token")
O("cara daftar cpns 2026 kapan dibuka", "civil servant recruitment")
O("jadwal pilkada serentak kapan ya", "election schedule")
O("tps sy dmn buat nyoblos", "polling station")
O("rekomendasi hp 2 jutaan buat ojol", "phone recommendation")
O("pinjol ilegal neror keluarga sy, gmn", "illegal online loan harassment")
O("jam buka mall grand indonesia", "mall hours")
O("siapa presiden pertama indonesia", "general knowledge")
O("tolong bikinin pantun buat nembak cewek", "poem request")
O("anjir lemot bgt", "insult")
O("cara bikin akun ig kedua", "social media")
O("cek resi jnt gmn", "parcel tracking")
O("Assalamualaikum", "greeting")
O("kurs dollar ke rupiah hari ini", "exchange rate")

# ---------------------------------------------------------------- follow_up
F("syarat bikin paspor baru apa aja ya", "biayanya brp", ["paspor-baru"], "passport fee", "cost")
F("ktp sy ilang di angkot kemarin", "kalo cuma patah gmn", ["ktp-el-rusak"], "damaged id card", "steps")
F("perpanjang sim c gmn caranya", "bisa lewat hp ga?", ["sim-perpanjangan"], "renew licence online", "online")
F("cara daftar bpjs mandiri", "kelas 3 sebulan brp", ["bpjs-kesehatan-mandiri"], "bpjs class 3 premium", "cost")
F("bikin skck buat ngelamar kerja", "kalo udh expired gmn", ["skck-perpanjangan"], "renew police clearance", "steps")
F("akte anak sy blm diurus, lahirnya 2 minggu lalu", "kalo udh lewat 60 hari?", ["akta-kelahiran-terlambat"], "late birth registration", "penalty")
F("nikah di kua syaratnya apa aja", "abis itu kk nya gmn", ["kk-baru"], "new family card after marriage", "steps")
F("bayar pajak motor taunan gmn", "kalo yg 5 tahunan?", ["stnk-lima-tahunan"], "five-year stnk renewal", "steps")
F("sim sy ilang", "surat polisinya bikin dmn", ["surat-kehilangan-polisi", "sim-hilang-rusak"], "police loss report", "place")
F("cara klaim jht gmn", "cairnya lama ga", ["bpjs-ketenagakerjaan-jht"], "jht payout time", "duration")
F("balik nama sertifikat tanah abis beli", "kalo tanahnya blm bersertifikat?", ["sertifikat-tanah-ptsl"], "first land registration", "steps")
F("mau pindah ktp ke luar kota", "trus di kota barunya ngapain", ["pindah-datang"], "register arrival", "steps")
F("gmn cara cek bansos", "kalo ga terdaftar?", ["usulan-bansos-dtsen"], "apply for social aid", "steps")
F("bikin npwp online", "lapor sptnya kapan", ["spt-tahunan"], "tax return deadline", "duration")
F("kartu kuning syaratnya apa", "berlakunya brp lama", ["kartu-kuning-ak1"], "job seeker card validity", "validity")
F("kia anak syaratnya apa", "kalo ilang?", ["kia"], "replace lost child id card", "documents")
F("ikd aktivasinya gmn", "gratis kan?", ["ikd"], "digital id fee", "cost")
F("bikin sim a baru", "kalo sim internasional?", [], "international driving permit", "other")
F("syarat paspor baru", "visanya sekalian bisa?", [], "visa", "other")
F("akte kematian bapak ngurusnya gmn", "trus surat ahli warisnya?", ["surat-ahli-waris"], "heir certificate", "steps")
F("mau pindah faskes bpjs dr hp", "kalo bpjsnya lg nonaktif?", ["bpjs-kesehatan-reaktivasi"], "reactivate bpjs", "steps")
F("surat domisili dr kelurahan", "perlu pengantar rt?", ["surat-domisili"], "residence letter documents", "documents")
F("dapet surat konfirmasi etle", "kalo dicuekin aja?", ["tilang-elektronik-etle"], "ignoring etle notice", "penalty")
F("daftar pip buat anak sd", "cairnya di bank apa", ["pip-kip"], "pip payout bank", "place")
F("sktm buat beasiswa anak", "bisa buat daftar pkh jg?", ["sktm", "usulan-bansos-dtsen"], "poverty letter for social aid", "eligibility")

# ---------------------------------------------------------------- english
E("How do I apply for an Indonesian passport for the first time?", ["paspor-baru"], "new passport", "steps")
E("I lost my KTP on the train, what should I do?", ["ktp-el-hilang"], "replace lost id card", "steps")
E("how much is a police clearance certificate (SKCK)?", ["skck-baru"], "police clearance fee", "cost")
E("We just got married at the KUA. How do we get our own family card?", ["kk-baru"], "new family card after marriage", "steps")
E("can i pay my motorbike tax online", ["stnk-pajak-tahunan"], "pay vehicle tax online", "online")
E("Is the government land certificate program PTSL actually free?", ["sertifikat-tanah-ptsl"], "ptsl cost", "cost")
E("How long does it take to get a birth certificate for my newborn?", ["akta-kelahiran"], "birth certificate processing time", "duration")
E("I quit my job last month. When can I withdraw my JHT savings?", ["bpjs-ketenagakerjaan-jht"], "jht claim timing", "eligibility")
E("How do I get an NIB for a small home bakery?", ["nib-oss"], "business id number", "steps")
E("What is the penalty for submitting my annual tax return late?", ["spt-tahunan"], "late tax return fine", "penalty")
E("A village official asked me for money to process my documents. Where can I report this?", ["pengaduan-lapor"], "report illegal fees", "place")
E("My driving licence expired last week. Can I still renew it?", ["sim-perpanjangan", "sim-baru"], "renew expired licence", "validity")
E("How do I get a KITAS as a foreign worker?", [], "foreigner stay permit", "steps")
E("Can I get a visa on arrival for Bali with a Canadian passport?", [], "visa on arrival", "eligibility")
E("where can i get an international driving permit in jakarta", [], "international driving permit", "place")

# ---------------------------------------------------------------- complaint
C("ngurus ktp di kecamatan dimintain 50rb sama petugas katanya biar cepet. katanya gratis kok gini", ["pengaduan-lapor"], "illegal fee for id card", "cost")
C("udah 3 bulan ktp ga jadi2, tiap ke dukcapil alesannya blangko abis. capek bolak balik", ["pengaduan-lapor"], "id card delay", "duration")
C("petugas samsat judes bgt, ditanya baik2 malah dibentak", ["pengaduan-lapor"], "rude officer", "other")
C("di desa kami ptsl ditarik 1,5 juta per bidang sama panitia, katanya program gratis", ["pengaduan-lapor"], "ptsl overcharging", "cost")
C("kuota antrean paspor online penuh terus sebulan, tp calo depan kantor imigrasi bisa dapet. aneh", ["pengaduan-lapor"], "passport queue scalpers", "other")
C("Saya sudah mengajukan akta kematian ayah sejak tiga minggu lalu dan belum ada kabar sama sekali. Sangat mengecewakan.", ["pengaduan-lapor"], "death certificate delay", "duration")
C("tetangga yg punya mobil 2 dapet pkh, kami yg kerja serabutan malah ga dapet. ga adil", ["pengaduan-lapor", "usulan-bansos-dtsen"], "unfair aid recipient", "eligibility")
C("bpjs pbi bapak sy diputus tiba2 pas lg dirawat di rs, ga ada pemberitahuan apa2", ["pengaduan-lapor", "bpjs-kesehatan-pbi"], "pbi deactivated without notice", "other")
C("di polsek bikin surat kehilangan dimintain uang seikhlasnya, bukannya gratis ya", ["pengaduan-lapor"], "fee for police loss report", "cost")
C("ngurus sktm di kelurahan lama bgt, pegawainya pada asik main hp", ["pengaduan-lapor"], "slow village office", "duration")
C("udh lapor di lapor.go.id 2 bulan ga ada tanggapan. trus gmn lagi", ["pengaduan-lapor"], "unanswered complaint", "other")
C("penghulu minta amplop sejuta padahal akadnya di kantor kua", ["pengaduan-lapor"], "illegal marriage fee", "cost")
C("denda etle udh sy bayar tp stnk masih keblokir, samsat sama polda lempar2an", ["pengaduan-lapor"], "vehicle still blocked after paying fine", "other")
C("Mau komplain, kantor cabang BPJS tutup jam 12 padahal di papan jadwalnya sampai jam 3 sore", ["pengaduan-lapor"], "office closed early", "other")
C("dana pip anak sy dipotong sekolah 100rb katanya buat uang admin", ["pengaduan-lapor"], "pip deduction by school", "cost")

# ---------------------------------------------------------------- write
random.Random(SEED).shuffle(rows)
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for row in rows:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(rows), "rows")

#!/usr/bin/env python3
"""Build the sealed blind question set fixture-blind10.

Every row below is one hand-written call. The helpers only fill in fields.
Output: questions.jsonl next to this file, shuffled with random.Random(20261603).
"""
import json
import os
import random

ROWS = []


def row(q, ids, group, need, aspect, prev=""):
    ROWS.append({"q": q, "ids": list(ids), "new_ids": [], "group": group,
                 "need": need, "aspect": aspect, "prev": prev})


def ins(q, ids, need, aspect):
    row(q, ids, "in_scope", need, aspect)


def near(q, need, aspect):
    row(q, [], "near_miss", need, aspect)


def off(q, need, aspect="other"):
    row(q, [], "off_topic", need, aspect)


def fu(prev, q, ids, need, aspect):
    row(q, ids, "follow_up", need, aspect, prev)


def en(q, ids, need, aspect):
    row(q, ids, "english", need, aspect)


def comp(q, ids, need, aspect="other"):
    row(q, ids, "complaint", need, aspect)


# ---------------------------------------------------------------- in_scope (110)
# akta-kelahiran-hilang
ins("akte lahir anak sy ilang waktu pindahan kontrakan, mau ngurus yg baru bawa apa aja ya kak",
    ["akta-kelahiran-hilang"], "documents to reissue lost birth certificate", "documents")
ins("cetak ulang akte kelahiran yg sobek kena air bayar ga, trus brp hari jadinya",
    ["akta-kelahiran-hilang"], "cost and time to reprint damaged birth certificate", "cost")

# akta-kelahiran-terlambat
ins("sy udh umur 42 blm pernah pny akte lahir, dulu lahir di rumah sm dukun beranak jd ga ada surat lahir. skrg butuh buat daftar umroh, masih bisa dibikinin?",
    ["akta-kelahiran-terlambat"], "adult late birth certificate without birth letter", "documents")
ins("anak ke 3 lahir 5 bulan lalu blm sempet diurus aktenya, ada denda ga min",
    ["akta-kelahiran-terlambat"], "fine for late birth registration", "penalty")
ins("akte telat lebih setaun apa msh hrs sidang di pengadilan negeri dulu?",
    ["akta-kelahiran-terlambat"], "court order needed for late birth certificate", "steps")

# akta-kelahiran
ins("istri baru lahiran di rsud cibinong kmrn, bikin aktenya di mana ya",
    ["akta-kelahiran"], "where to register newborn birth", "place")
ins("kami nikah siri jd blm ada buku nikah, anak bisa dibikinin akte lahir ga?",
    ["akta-kelahiran"], "birth certificate without marriage book", "eligibility")

# akta-kematian
ins("ibu sy meninggal di rumah, ga ada surat dr dokter. akta kematiannya tetep bisa dibikin?",
    ["akta-kematian"], "death certificate without doctor letter", "documents")
ins("ayah udh meninggal bulan lalu, mau cairin tabungannya di bri. hrs bikin akta kematian dulu ya? trs surat warisnya dmn",
    ["akta-kematian", "surat-ahli-waris"], "death certificate then heir letter for bank", "steps")

# akta-perceraian
ins("Selamat pagi. Saya beragama Katolik dan sudah resmi bercerai lewat putusan PN Surabaya bulan lalu. Setelah itu saya harus melapor ke mana agar status di KTP berubah?",
    ["akta-perceraian"], "register non-muslim divorce at dukcapil", "steps")
ins("akta cerai klo muslim keluarnya dr capil apa pengadilan agama",
    ["akta-perceraian"], "who issues muslim divorce certificate", "place")

# akta-perkawinan-nonmuslim
ins("kami hindu udh upacara pawiwahan di banjar, nyatetin ke negara gmn caranya",
    ["akta-perkawinan-nonmuslim"], "register hindu marriage", "steps")
ins("abis pemberkatan di gereja paling lambat brp hari hrs dicatat ke capil?",
    ["akta-perkawinan-nonmuslim"], "deadline to register church marriage", "duration")

# balik-nama-kendaraan
ins("beli avanza seken dr temen kantor, balik nama stnk sm bpkb nya perlu bawa apa aja",
    ["balik-nama-kendaraan"], "documents for used car ownership transfer", "documents")
ins("biaya bpkb baru pas balik nama motor brp ya",
    ["balik-nama-kendaraan"], "bpkb fee for motorbike transfer", "cost")
ins("motor bekas plat AB mau dibalik nama ke sini, sy di jatim. hrs gmn dulu",
    ["balik-nama-kendaraan"], "transfer of vehicle from another province", "steps")

# balik-nama-sertifikat-tanah
ins("beli tanah kavling 200 meter dr pak haji, pajaknya yg bayar sy apa penjual? brp persen",
    ["balik-nama-sertifikat-tanah"], "taxes on land purchase", "cost")
ins("abis beli rumah second, proses ganti nama di sertifikat gmn alurnya, ke notaris dulu?",
    ["balik-nama-sertifikat-tanah"], "land title transfer after purchase", "steps")

# bpjs-kesehatan-mandiri
ins("sy kerja serabutan ga ada kantor, mau daftar bpjs sendiri bisa dr hp ga",
    ["bpjs-kesehatan-mandiri"], "register self-paid bpjs by phone", "online")
ins("iuran kelas 1 bpjs skrg brp per orang",
    ["bpjs-kesehatan-mandiri"], "class 1 bpjs premium", "cost")
ins("klo daftar bpjs mandiri wajib sekeluarga semua ya? sy cuma pengen daftarin diri sendiri",
    ["bpjs-kesehatan-mandiri"], "must whole family register", "eligibility")

# bpjs-kesehatan-pbi
ins("gmn caranya biar dapet kis gratis, suami cuma buruh tani penghasilan ga nentu",
    ["bpjs-kesehatan-pbi"], "get government-paid health insurance", "steps")
ins("kis pbi ibu sy tiba2 nonaktif pas mau kontrol ke rs, ngaktifinnya ke mana",
    ["bpjs-kesehatan-pbi"], "reactivate deactivated pbi", "place")

# bpjs-kesehatan-pindah-faskes
ins("pengen mindahin faskes bpjs dr puskesmas ke klinik deket kantor, caranya gmn",
    ["bpjs-kesehatan-pindah-faskes"], "change primary clinic", "steps")
ins("lg dinas di luar kota 2 bulan, bisa berobat bpjs di klinik sini tanpa ganti faskes?",
    ["bpjs-kesehatan-pindah-faskes"], "outpatient care while out of town", "other")

# bpjs-kesehatan-reaktivasi
ins("bpjs mandiri sy nunggak 8 bulan, klo dilunasin hari ini aktif lgsg ga?",
    ["bpjs-kesehatan-reaktivasi"], "when bpjs active after paying arrears", "duration")
ins("denda bpjs itu kapan kenanya sih, sy br aktif lg trus bulan depan mau operasi",
    ["bpjs-kesehatan-reaktivasi"], "service penalty after reactivation", "penalty")

# bpjs-ketenagakerjaan-jht
ins("resign dr pabrik garmen tgl 20 kmrn, jht bisa dicairin kapan?",
    ["bpjs-ketenagakerjaan-jht"], "when jht claimable after resign", "eligibility")
ins("saldo jht sy cuma 6 jt, mau ngajuin lwt jmo dokumen apa yg disiapin",
    ["bpjs-ketenagakerjaan-jht"], "documents for jht claim in app", "documents")

# cek-bansos
ins("cara liat nama ibu sy terdaftar pkh ato ngga gmn ya",
    ["cek-bansos"], "check pkh recipient status", "steps")
ins("ngecek bansos di web kemensos cuma pake nama doang? ga usah nik?",
    ["cek-bansos"], "data needed to check bansos", "documents")

# ikd
ins("ktp digital bisa diaktifin sendiri di rumah aja ga, males antri",
    ["ikd"], "activate digital id from home", "online")
ins("aplikasi ikd syaratnya apa aja, hp sy android jadul",
    ["ikd"], "requirements for digital id app", "eligibility")

# kartu-kuning-ak1
ins("punten, bade ngadamel ak1 kanggo daftar cpns, berkasna naon wae nya?",
    ["kartu-kuning-ak1"], "documents for job seeker card", "documents")
ins("kartu pencaker kuning itu berlaku brp lama ya",
    ["kartu-kuning-ak1"], "validity of job seeker card", "validity")

# kia
ins("anak sy 3 taun mau bikin kia, pake foto ga?",
    ["kia"], "photo needed for child id under 5", "documents")
ins("kia buat anak sd bikinnya dmn, di sekolah ada ga",
    ["kia"], "where to get child id card", "place")

# kk-baru
ins("abis ijab kabul bulan lalu, pengen keluar dr kk mertua bikin kk sendiri, gmn caranya",
    ["kk-baru"], "new family card after marriage", "steps")
ins("baru nikah di kua, mau bikin kk baru sekalian ganti status di ktp jd kawin, bawa apa aja",
    ["kk-baru", "ktp-el-perubahan-data"], "new family card and marital status on id", "documents")

# kk-hilang-rusak
ins("kk kerendem banjir sampe tulisannya luntur, ganti baru gmn",
    ["kk-hilang-rusak"], "replace water-damaged family card", "steps")
ins("kartu keluarga ilang, wajib ke polsek dulu ga?",
    ["kk-hilang-rusak"], "police letter for lost family card", "documents")

# kk-pisah
ins("sy 24 thn blm nikah, pengen punya kk sendiri tp masih serumah sm ortu. boleh ga?",
    ["kk-pisah"], "single adult own family card same address", "eligibility")
ins("udh resmi cerai, mau keluar dr kk mantan suami bawa anak. syaratnya apa",
    ["kk-pisah"], "split family card after divorce", "documents")

# kk-tambah-anggota
ins("ponakan sy mau ikut kk sy krn sekolah di sini, umurnya 14, ortunya di lampung. syaratnya apa",
    ["kk-tambah-anggota"], "add minor relative to family card", "documents")
ins("masukin nama bayi ke kk ngurusnya dmn",
    ["kk-tambah-anggota"], "where to add baby to family card", "place")

# ktp-el-baru
ins("anak sy bulan depan 17 taun, rekam ktp nya hrs bawa apa",
    ["ktp-el-baru"], "documents for first id card", "documents")
ins("rekam e-ktp bisa diwakilin ortu ga, anaknya lg mondok di jombang",
    ["ktp-el-baru"], "can parent represent for id recording", "eligibility")
ins("umur 16 tp udh nikah, boleh bikin ktp?",
    ["ktp-el-baru"], "id card for married minor", "eligibility")

# ktp-el-hilang
ins("mas, ktp ku ilang neng pasar pas kecopetan, piye carane ngurus maneh?",
    ["ktp-el-hilang"], "replace lost id card", "steps")
ins("ganti ktp ilang bisa jadi hari itu jg ga?",
    ["ktp-el-hilang"], "time to replace lost id", "duration")

# ktp-el-perubahan-data
ins("di ktp sy statusnya masih lajang padahal udh nikah 2 taun, benerinnya gmn",
    ["ktp-el-perubahan-data"], "update marital status on id", "steps")
ins("mau ganti pekerjaan di ktp dr pelajar jd karyawan swasta, perlu surat apa",
    ["ktp-el-perubahan-data"], "documents to change occupation on id", "documents")

# ktp-el-rusak
ins("ktp sy retak kelindes motor, gantinya perlu surat dr polisi?",
    ["ktp-el-rusak"], "police letter for damaged id", "documents")
ins("ganti ktp yg chipnya udh ga kebaca bayar brp",
    ["ktp-el-rusak"], "cost to replace id with broken chip", "cost")

# legalisir-dokumen
ins("kk yg udh ada qr code nya masih hrs dilegalisir ga buat lamar kerja?",
    ["legalisir-dokumen"], "legalisation of qr family card", "other")
ins("akte kelahiran sy masih yg lama taun 95, legalisirnya ke mana",
    ["legalisir-dokumen"], "where to legalise old birth certificate", "place")

# nib-oss
ins("sy jualan kue kering dr rumah, mau bikin nib caranya gmn",
    ["nib-oss"], "get business id for home business", "steps")
ins("Selamat siang. Apakah pendaftaran NIB melalui sistem OSS dikenakan biaya?",
    ["nib-oss"], "cost of business id", "cost")

# nikah-kua
ins("ndaftar nikah ke kua itu paling telat brp hari sblm akad",
    ["nikah-kua"], "how early to register marriage", "duration")
ins("akadnya di rumah mempelai cewe hari minggu, bayar brp ke kua",
    ["nikah-kua"], "fee for wedding outside kua", "cost")
ins("calon istri sy umur 18, bisa nikah di kua ga",
    ["nikah-kua"], "marriage under 19", "eligibility")

# npwp-pribadi
ins("apa nik sy udh lgsg jadi npwp? blm pernah daftar pajak sama sekali",
    ["npwp-pribadi"], "does nik work as tax number", "eligibility")
ins("daftar npwp skrg lwt coretax gmn stepnya",
    ["npwp-pribadi"], "register tax number online", "online")

# paspor-baru
ins("paspor sy abis bulan depan, perpanjangnya hrs dtg ke kantor imigrasi ato bisa online?",
    ["paspor-baru"], "renew expiring passport", "online")
ins("biaya e paspor?",
    ["paspor-baru"], "e-passport fee", "cost")

# paspor-hilang-rusak
ins("paspor kecuci di mesin cuci, lembarannya pada lengket. dendanya brp",
    ["paspor-hilang-rusak"], "fee for damaged passport", "penalty")
ins("paspor ilang bisa diurus lwt m-paspor?",
    ["paspor-hilang-rusak"], "lost passport via app", "online")
ins("paspor ilang pas lg kerja di malaysia, pulangnya gmn",
    ["paspor-hilang-rusak"], "passport lost abroad", "place")

# pbg-bangunan
ins("mau bangun ruko 2 lantai, izinnya skrg apa? masih imb?",
    ["pbg-bangunan"], "building permit now pbg", "overview")
ins("ngurus pbg online dmn",
    ["pbg-bangunan"], "online building permit system", "online")

# pengaduan-lapor
ins("lapor.go.id bisa ngelapor tanpa nyebut nama?",
    ["pengaduan-lapor"], "anonymous public complaint", "other")
ins("gmn cara bikin aduan di lapor, mau ngadu soal jalan rusak depan sekolah yg ga dibenerin2",
    ["pengaduan-lapor"], "how to file complaint online", "steps")

# pindah-datang
ins("udh pegang skpwni dr medan, di jakarta ngurus apa lg",
    ["pindah-datang"], "register arrival with moving letter", "steps")
ins("pindah ke kontrakan, dukcapil minta surat apa dr yg punya rumah",
    ["pindah-datang"], "landlord letter for arrival", "documents")

# pindah-keluar
ins("ngurus skpwni hrs minta surat dr rt dulu ga?",
    ["pindah-keluar"], "rt letter for moving out", "documents")
ins("sy mau pindah dr semarang ke depok ikut suami. di semarang ngurus apa, trs di depok ngurus apa",
    ["pindah-keluar", "pindah-datang"], "moving between cities both ends", "steps")
ins("sy udh terlanjur tinggal di batam, surat pindah dr kampung bisa diurus dr sini?",
    ["pindah-keluar"], "moving letter from destination", "place")

# pip-kip
ins("anak sy smp, kok ga pernah dpt pip padahal kami pny kks",
    ["pip-kip"], "propose child for pip", "steps")
ins("dana pip buat anak sma brp setaun",
    ["pip-kip"], "pip amount high school", "cost")

# sertifikat-tanah-ptsl
ins("tanah peninggalan mbah masih girik, biar jd sertifikat lwt ptsl gmn",
    ["sertifikat-tanah-ptsl"], "certify girik land via ptsl", "steps")
ins("ptsl sampe sertifikatnya jadi brp lama",
    ["sertifikat-tanah-ptsl"], "ptsl duration", "duration")

# sim-baru
ins("umur minimal sim c?",
    ["sim-baru"], "minimum age sim c", "eligibility")
ins("bikin sim a baru total biayanya brp",
    ["sim-baru"], "cost of new sim a", "cost")

# sim-hilang-rusak
ins("sim a sy ilang, hrs tes ulang ga",
    ["sim-hilang-rusak"], "retest for lost licence", "steps")
ins("sim c patah, ganti baru bayar brp",
    ["sim-hilang-rusak"], "cost to replace broken licence", "cost")

# sim-perpanjangan
ins("perpanjang sim lwt aplikasi apa namanya",
    ["sim-perpanjangan"], "app for licence renewal", "online")
ins("sim c sy abis 3 hari lalu, msh bisa diperpanjang?",
    ["sim-perpanjangan"], "renew expired licence", "eligibility")

# skck-baru
ins("bikin skck buat lamar kerja di pabrik, ke polsek apa polres",
    ["skck-baru"], "which police office for skck", "place")
ins("skck pas fotonya latar warna apa, brp lembar",
    ["skck-baru"], "photo for skck", "documents")

# skck-perpanjangan
ins("skck sy mati 4 bulan lalu, masih bs diperpanjang?",
    ["skck-perpanjangan"], "renew expired skck", "eligibility")
ins("perpanjang skck bisa di polres lain ga, dulu bikinnya di polres sleman skrg kerja di bekasi",
    ["skck-perpanjangan"], "renew skck at other office", "place")

# sktm
ins("sktm buat keringanan biaya rs, syaratnya apa",
    ["sktm"], "documents for poverty letter", "documents")
ins("klo udh pny sktm otomatis dapet pkh ga?",
    ["sktm"], "does sktm give pkh", "eligibility")

# spt-tahunan
ins("batas akhir lapor spt pribadi tgl brp",
    ["spt-tahunan"], "annual tax return deadline", "duration")
ins("klo lupa lapor spt taun kmrn kena denda brp",
    ["spt-tahunan"], "fine for late tax return", "penalty")

# stnk-lima-tahunan
ins("stnk motor udh 5 taun, plat jg hrs ganti. bawa apa aja ke samsat",
    ["stnk-lima-tahunan"], "documents for five-year stnk", "documents")
ins("ganti plat mobil biayanya brp",
    ["stnk-lima-tahunan"], "cost of new number plate", "cost")

# stnk-pajak-tahunan
ins("bayar pajak motor lewat signal gmn caranya",
    ["stnk-pajak-tahunan"], "pay vehicle tax in app", "online")
ins("ke samsat buat pajak taunan mobil, bpkb dibawa jg?",
    ["stnk-pajak-tahunan"], "documents for annual vehicle tax", "documents")

# surat-ahli-waris
ins("bapak udh meninggal, mau balik nama sertifikat rumah ke anak2. surat warisnya bikin dmn",
    ["surat-ahli-waris"], "where to make heir letter", "place")
ins("bikin surat keterangan waris di kelurahan perlu apa aja",
    ["surat-ahli-waris"], "documents for heir letter", "documents")

# surat-domisili
ins("sy anak kos di jogja ktp lampung, butuh surat domisili buat magang. gmn",
    ["surat-domisili"], "domicile letter for migrant student", "steps")
ins("surat domisili berlaku brp lama",
    ["surat-domisili"], "validity of domicile letter", "validity")

# surat-kehilangan-polisi
ins("bikin surat kehilangan stnk di polsek bayar ga",
    ["surat-kehilangan-polisi"], "cost of police loss report", "cost")
ins("surat kehilangan dr polisi bisa online?",
    ["surat-kehilangan-polisi"], "online police loss report", "online")

# tilang-elektronik-etle
ins("ada surat tilang kamera dateng ke rumah, motor sy katanya nerobos lampu merah. hrs ngapain",
    ["tilang-elektronik-etle"], "what to do with etle letter", "steps")
ins("konfirmasi etle batasnya brp hari",
    ["tilang-elektronik-etle"], "etle confirmation deadline", "duration")
ins("klo etle ga dibayar apa akibatnya",
    ["tilang-elektronik-etle"], "consequence of unpaid etle", "penalty")

# usulan-bansos-dtsen
ins("keluarga sy blm pernah dapet bantuan apapun, daftarnya kemana",
    ["usulan-bansos-dtsen"], "apply to enter welfare data", "steps")
ins("daftar bansos lwt hp bisa?",
    ["usulan-bansos-dtsen"], "apply for bansos online", "online")

# ---------------------------------------------------------------- near_miss (50)
near("anak sy lahir di johor bahru pas sy kerja di malaysia, akte lahirnya ngurus dmn ya",
     "birth certificate for child born abroad", "place")
near("mau ganti nama anak krn sering sakit2an, kata mbah namanya keberatan. ngajuin ke pengadilan gmn prosesnya",
     "court name change for child", "steps")
near("jht bisa diambil 30% buat dp rumah ga? sy masih kerja di perusahaan yg sama",
     "partial jht while still employed", "eligibility")
near("sy driver ojol mau daftar bpjs ketenagakerjaan sendiri, caranya gmn",
     "register informal worker in bpjs ketenagakerjaan", "steps")
near("stnk motor ilang pas banjir, bikin stnk baru di samsat syaratnya apa",
     "replace lost stnk", "documents")
near("bpkb mobil sy ilang entah kemana, ngurus gantinya gmn",
     "replace lost bpkb", "steps")
near("sertifikat tanah asli ikut kebakar sama rumah, bisa minta gantinya ke bpn?",
     "replace burned land certificate", "steps")
near("tanah warisan almarhum bapak mau dibalik nama ke nama kami bertiga di bpn, prosesnya gmn",
     "inheritance land title transfer at bpn", "steps")
near("ortu mau ngehibahin tanah ke sy anaknya, pajaknya brp",
     "tax on land gift from parents", "cost")
near("tanah 1 sertifikat mau dipecah jadi 3 buat anak2, ngurusnya gmn",
     "split land certificate", "steps")
near("mau adopsi bayi dr panti asuhan, prosedurnya gmn sampe sah jd anak kami",
     "child adoption procedure", "steps")
near("calon suami sy warga turki, mau nikah di kua berkasnya apa aja",
     "kua marriage with foreign national", "documents")
near("dulu nikah siri, skrg mau disahin biar ada buku nikah. isbat nikah gmn caranya",
     "marriage legalisation isbat", "steps")
near("mau gugat cerai suami di pengadilan agama, daftarnya gmn dan biaya perkaranya brp",
     "file divorce at religious court", "steps")
near("nenek sy stroke ga bisa bangun, ktp nya blm rekam. petugas bisa dateng ke rumah ga?",
     "home id recording for bedridden elderly", "other")
near("sy lg kerja di taiwan, skck buat perpanjang kontrak bisa diurus dr sini?",
     "skck applied from abroad", "place")
near("sy tuna daksa pake motor roda 3 modifikasi, bikin sim d syaratnya apa",
     "driving licence for disabled", "documents")
near("bikin sim internasional buat nyetir di jepang dmn",
     "international driving permit", "place")
near("mau liburan ke jepang, visanya bisa diurus di kantor imigrasi sekalian bikin paspor?",
     "japan visa", "place")
near("cv sy baru berdiri, npwp buat badan usahanya daftarnya gmn",
     "tax number for company", "steps")
near("bayar pbb rumah bisa online ga? sppt nya blm dateng",
     "pay land and building tax online", "online")
near("lupa password coretax trus email yg didaftarin udh ga aktif, gmn resetnya",
     "reset tax account access", "other")
near("usaha keripik udh punya nib, skrg mau ngurus sertifikat halal gmn",
     "halal certification", "steps")
near("izin pirt buat sambel kemasan ngurusnya dmn",
     "home food production permit", "place")
near("daftar kartu prakerja gmn, sy lg nganggur abis kontrak",
     "prakerja programme registration", "steps")
near("bayi masih dlm kandungan 7 bulan, bisa didaftarin bpjs dr skrg?",
     "bpjs for unborn baby", "eligibility")
near("mau naik kelas bpjs dr kelas 3 ke kelas 1, bisa ga? caranya gmn",
     "change bpjs class", "steps")
near("kip kuliah daftarnya kapan, anak sy lulus sma taun ini",
     "university kip registration", "eligibility")
near("legalisir ijazah sma tp sekolahnya udh tutup, kemana ya",
     "legalise diploma from closed school", "place")
near("akta lahir mau dipake kuliah di jerman, katanya perlu apostille. ngurus dmn",
     "apostille for birth certificate", "place")
near("surat keterangan belum menikah buat daftar tni bikin dmn",
     "certificate of unmarried status", "place")
near("surat keterangan usaha dr desa buat pengajuan kredit, syaratnya apa",
     "village business certificate", "documents")
near("foto di ktp sy jelek bgt jaman sma, bisa minta foto ulang ga?",
     "retake id card photo", "other")
near("kena tilang di jalan, sim sy ditahan polisi. ngambilnya gmn, sidangnya dmn",
     "manual traffic ticket and seized licence", "steps")
near("kapan ada pemutihan denda pajak motor lagi di jabar",
     "vehicle tax amnesty", "penalty")
near("stnk mobil udh mati 3 taun, katanya datanya udh diapus. bisa diaktifin lg ga",
     "restore deleted vehicle registration", "steps")
near("mau plat nomor cantik buat mobil baru, ngurusnya gmn dan brp",
     "custom number plate", "cost")
near("kami sekeluarga mau pindah permanen ke australia, di dukcapil ngurus surat pindah ke luar negeri gmn",
     "moving abroad permanently", "steps")
near("nikah di singapura taun lalu, skrg udh balik ke indo. pencatatannya di capil gmn",
     "register marriage held abroad", "steps")
near("suami kecelakaan pas kerja di proyek, klaim jkk bpjs ketenagakerjaan gmn",
     "work accident claim", "steps")
near("bapak udh 57 taun, klaim jaminan pensiun bpjs tk syaratnya apa",
     "pension benefit claim", "documents")
near("mau ngajuin kur bri buat modal warung, syaratnya apa aja",
     "small business loan", "documents")
near("sy islam pacar kristen, nikahnya bisa dicatat di kua ato capil?",
     "interfaith marriage registration", "eligibility")
near("mau berhenti jd peserta bpjs mandiri, gmn cara nonaktifinnya",
     "cancel bpjs membership", "steps")
near("nik sy katanya ganda pas daftarin anak sekolah, gmn benerinnya",
     "duplicate nik fix", "other")
near("ketipu jual beli online 3 jt, bikin laporan polisi gmn",
     "police report for online fraud", "steps")
near("motor jenenge almarhum bapak arep dibalik nama dadi jeneng ibu, syarate opo wae?",
     "vehicle transfer by inheritance", "documents")
near("buku nikah kami ilang pas pindahan, bisa minta duplikat ke kua?",
     "replace lost marriage book", "steps")
near("motor udh sy jual tp pembelinya ga balik nama, sy kena pajak progresif. gmn blokir stnknya",
     "block registration after selling vehicle", "steps")
near("Mohon informasi, bagaimana cara mendaftarkan rumah orang tua saya ke program bedah rumah (RTLH)?",
     "home renovation aid programme", "steps")

# ---------------------------------------------------------------- off_topic (25)
off("halo", "greeting")
off("p", "ping")
off("makasih bnyk min, sangat membantu 🙏", "thanks")
off("wkwkwkwk", "laughter")
off("bot goblok ditanya apa jawabnya apa", "abuse")
off("ibukota kalimantan utara apa sih", "general knowledge")
off("besok bogor ujan ga ya", "weather")
off("resep rendang padang yg empuk gmn", "recipe")
off("pemilu berikutnya taun brp", "election schedule")
off("cara cek nama sy udh masuk dpt pemilu blm", "voter list check")
off("daftar haji reguler skrg antrinya brp taun", "hajj queue")
off("token listrik 100rb dapet brp kwh", "electricity token")
off("kurs dolar hari ini brp", "exchange rate")
off("assalamualaikum min", "greeting")
off("min kamu ini orang beneran apa robot", "bot identity")
off("zakat fitrah taun ini brp per jiwa", "religious alms amount")
off("siapa presiden pertama indonesia", "general knowledge")
off("lg galau nih abis diputusin pacar 😭", "chit-chat")
off("tes", "test message")
off("nomor cs shopee brp ya, paket sy nyasar", "marketplace support")
off("beli gas melon skrg hrs nunjukin ktp ya?", "lpg purchase rule")
off("selamat malam, mohon maaf mengganggu waktunya", "greeting")
off("ongkir paket dr jakarta ke jayapura brp kira2", "shipping cost")
off("kartu sim telkomsel sy ilang, nomornya bisa balik ga", "lost phone sim card")
off("mantap jiwa 👍👍", "praise")

# ---------------------------------------------------------------- follow_up (25)
fu("anak sy lahir 2 minggu lalu di bidan, mau ngurus akte",
   "bisa sekalian kia nya?", ["akta-kelahiran"], "child id issued with birth certificate", "other")
fu("mau bikin akte buat anak sy yg lahir bulan januari kmrn",
   "tp udh lebih 2 bulan, didenda ga?", ["akta-kelahiran-terlambat"], "fine for late birth registration", "penalty")
fu("ktp sy ilang di terminal bus",
   "surat polisinya bayar ga", ["ktp-el-hilang"], "cost of police letter for lost id", "cost")
fu("paspor sy udh mau abis, perpanjang gmn",
   "brp hari jadinya", ["paspor-baru"], "passport processing time", "duration")
fu("mau perpanjang sim c",
   "bisa dr hp?", ["sim-perpanjangan"], "online licence renewal", "online")
fu("sim a sy mau diperpanjang bulan ini",
   "eh udh telat 2 minggu ding", ["sim-perpanjangan"], "renewal after expiry", "eligibility")
fu("daftar bpjs mandiri gmn",
   "kelas 2 brp sebulan", ["bpjs-kesehatan-mandiri"], "class 2 premium", "cost")
fu("bpjs nunggak setaun, mau diaktifin lg",
   "ga bisa lunas sekaligus, ada cicilan?", ["bpjs-kesehatan-reaktivasi"], "instalment for arrears", "cost")
fu("baru resign dr minimarket, mau klaim jht",
   "saldonya 27 jt, bisa pake aplikasi?", ["bpjs-ketenagakerjaan-jht"], "app claim limit", "online")
fu("mau ngurus nikah di kua kecamatan",
   "klo akadnya di gedung bayar?", ["nikah-kua"], "fee for wedding at venue", "cost")
fu("kami baru nikah mau bikin kk sendiri",
   "suami ktp nya kab lain", ["kk-baru"], "spouse from another regency", "documents")
fu("syarat skck apa aja",
   "klo buat ke luar negeri ngurusnya dmn?", ["skck-baru"], "skck for abroad office", "place")
fu("bikin skck di polres",
   "berlakunya brp lama", ["skck-baru"], "skck validity", "validity")
fu("mau pindah ke sidoarjo, ngurus surat pindah gmn",
   "trs nyampe sana ngapain lg", ["pindah-datang"], "steps at destination", "steps")
fu("bayar pajak motor taunan online bisa?",
   "klo yg 5 taun sekalian ganti plat bisa online jg?", ["stnk-lima-tahunan"], "five-year stnk online", "online")
fu("desa sy ada ptsl, ikutnya gmn",
   "bayarnya brp?", ["sertifikat-tanah-ptsl"], "ptsl cost", "cost")
fu("cek bansos gmn caranya",
   "nama sy ga ada, trs gmn", ["usulan-bansos-dtsen"], "apply when not listed", "steps")
fu("aktivasi ktp digital gmn",
   "teras kedah ka dukcapil kitu?", ["ikd"], "in-person verification for ikd", "place")
fu("bikin kia anak",
   "anaknya udh 6 taun, pake foto?", ["kia"], "photo for child over 5", "documents")
fu("daftar npwp online gmn",
   "kartunya dikirim ke rumah?", ["npwp-pribadi"], "physical tax card", "other")
fu("lapor spt karyawan kapan batasnya",
   "klo telat?", ["spt-tahunan"], "late filing fine", "penalty")
fu("dapet surat etle",
   "motornya udh dijual taun lalu lho", ["tilang-elektronik-etle"], "etle for sold vehicle", "other")
fu("mau bangun rumah, ngurus pbg gmn",
   "retribusinya brp", ["pbg-bangunan"], "building permit fee", "cost")
fu("akta cerai non muslim ngurusnya gmn",
   "hak asuh anak ngurusnya dmn", [], "child custody", "place")
fu("balik nama motor bekas syaratnya apa",
   "bpkb nya masih di leasing", [], "transfer while bpkb held by leasing", "other")

# ---------------------------------------------------------------- english (15)
en("I lost my KTP on the train yesterday, what do I need to get a new one?",
   ["ktp-el-hilang"], "replace lost id card", "documents")
en("how much is the e-passport fee now?",
   ["paspor-baru"], "e-passport fee", "cost")
en("can I renew my SIM A online or do I have to go to satpas?",
   ["sim-perpanjangan"], "online licence renewal", "online")
en("my wife and I want to join BPJS Kesehatan as self-paying members, how much per month for class 2?",
   ["bpjs-kesehatan-mandiri"], "class 2 premium", "cost")
en("Where do I get an SKCK for a Japanese work visa?",
   ["skck-baru"], "skck for abroad", "place")
en("our baby was born last week at a clinic in Depok, how do we get the birth certificate",
   ["akta-kelahiran"], "newborn birth certificate", "steps")
en("is my NIK automatically my tax number now?",
   ["npwp-pribadi"], "nik as tax number", "eligibility")
en("How do I get a business ID number (NIB) for a small online shop?",
   ["nib-oss"], "business id registration", "steps")
en("I quit my job in March, when can I withdraw my JHT?",
   ["bpjs-ketenagakerjaan-jht"], "jht after resign", "eligibility")
en("got an ETLE letter for a car I sold last year, what should I do",
   ["tilang-elektronik-etle"], "etle for sold car", "steps")
en("deadline for filing individual annual tax return?",
   ["spt-tahunan"], "tax return deadline", "duration")
en("a clerk at the village office asked me for money to process a letter, where can I report this?",
   ["pengaduan-lapor"], "report illegal fee", "place")
en("how can my foreign husband get a spouse KITAS to live here?",
   [], "spouse stay permit for foreigner", "steps")
en("Can a foreigner buy land with an SHM certificate in Bali?",
   [], "foreign land ownership", "eligibility")
en("how do I apply for Indonesian citizenship after living here 10 years",
   [], "naturalisation", "steps")

# ---------------------------------------------------------------- complaint (15)
comp("petugas dukcapil di loket 3 judes bgt, sy nanya baik2 malah dibentak depan org banyak",
     ["pengaduan-lapor"], "rude civil registry officer")
comp("udh 4 bulan ktp anak sy blm jadi, tiap ditanya alasannya blangko kosong terus. ini gmn sih",
     ["pengaduan-lapor"], "id card delayed for months")
comp("di kelurahan dimintain 50rb buat sktm katanya uang administrasi, padahal katanya gratis",
     ["pengaduan-lapor"], "illegal fee at village office")
comp("di satpas ditawarin calo 800rb biar sim lgsg jadi tanpa tes, sy tolak malah dipersulit petugasnya",
     ["pengaduan-lapor"], "broker and obstruction at licence office")
comp("m-paspor kuotanya penuh terus tiap hari, udh sebulan nyoba ga pernah dapet jadwal. kacau",
     ["pengaduan-lapor"], "passport app quota always full")
comp("jmo error mulu pas verifikasi wajah, udh 2 minggu ga bisa klaim. cs nya ga bales",
     ["pengaduan-lapor"], "jht app keeps failing")
comp("antri di samsat dr jam 7 baru dipanggil jam 2 siang, pelayanannya lelet parah",
     ["pengaduan-lapor"], "long wait at samsat")
comp("panitia ptsl di desa minta 1,5jt per bidang katanya buat ukur, warga pada keberatan",
     ["pengaduan-lapor"], "excessive ptsl levy")
comp("mau nikah, akadnya jg di kantor kua, tp penghulunya minta amplop sejuta. ini bener ga sih",
     ["pengaduan-lapor"], "marriage officer asking money")
comp("dilempar2 dr kelurahan ke kecamatan trs disuruh balik ke kelurahan lg cuma buat surat domisili, capek",
     ["pengaduan-lapor"], "sent back and forth between offices")
comp("tetangga sy mobilnya 2 rumah tingkat dapet pkh terus, sy janda anak 3 malah ga dapet. ga adil",
     ["pengaduan-lapor", "usulan-bansos-dtsen"], "ineligible neighbour receives bansos")
comp("dana pip anak sy dipotong sekolah 200rb katanya buat seragam, boleh kyk gitu?",
     ["pengaduan-lapor"], "school deducting pip money")
comp("web layanan online dukcapil kabupaten error terus dr minggu lalu, mau upload berkas akte ga bisa2",
     ["pengaduan-lapor"], "civil registry website keeps failing")
comp("kartu bpjs sy ditolak di klinik katanya bukan faskesnya, padahal udh pindah dr bulan lalu. petugasnya ketus",
     ["pengaduan-lapor"], "refused at clinic after faskes change")
comp("aduan sy di lapor.go.id udh sebulan lebih ga ditanggepin instansinya, trs sy hrs kemana lg",
     ["pengaduan-lapor"], "complaint not followed up")

# ---------------------------------------------------------------- write
FIELDS = ["q", "ids", "new_ids", "group", "need", "aspect", "prev"]
rows = [{k: r[k] for k in FIELDS} for r in ROWS]
random.Random(20261603).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} rows to {out}")

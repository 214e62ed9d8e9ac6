#!/usr/bin/env python3
"""Builds questions.jsonl for the blind14 held-out set.

Every row below is one hand-written call. The helpers only fill in fields.
Rows are shuffled with random.Random(20261501) and written one JSON object
per line, fields in the order q, ids, new_ids, group, need, aspect, prev.
"""
import json
import os
import random

ROWS = []


def row(q, ids, group, need, aspect, prev=""):
    ROWS.append({"q": q, "ids": list(ids), "new_ids": [], "group": group,
                 "need": need, "aspect": aspect, "prev": prev})


def ins(q, ids, need, aspect):
    if isinstance(ids, str):
        ids = [ids]
    row(q, ids, "in_scope", need, aspect)


def near(q, need, aspect):
    row(q, [], "near_miss", need, aspect)


def off(q, need, aspect="other"):
    row(q, [], "off_topic", need, aspect)


def fu(prev, q, ids, need, aspect):
    if isinstance(ids, str):
        ids = [ids]
    row(q, ids, "follow_up", need, aspect, prev)


def en(q, ids, need, aspect):
    if isinstance(ids, str):
        ids = [ids]
    row(q, ids, "english", need, aspect)


def comp(q, ids, need, aspect="other"):
    if isinstance(ids, str):
        ids = [ids]
    row(q, ["pengaduan-lapor"] + [i for i in ids if i != "pengaduan-lapor"],
        "complaint", need, aspect)


# ---------------------------------------------------------------- in_scope
ins("akte lahir sy ilang pas rumah kebanjiran di bekasi thn lalu, bikin lg ke dukcapil mana ya min? dulu lahirnya di purwokerto",
    "akta-kelahiran-hilang-rusak", "replace lost birth certificate", "place")
ins("mas, akte kelairan anakku suwek digigit tikus, iso diganti ora? mbayar ra?",
    "akta-kelahiran-hilang-rusak", "replace damaged birth certificate fee", "cost")
ins("umur sy udh 42 blm pernah punya akte lahir, skrg diminta buat syarat umroh. msh bisa bikin ga?",
    "akta-kelahiran-terlambat", "birth certificate as adult", "eligibility")
ins("akte anak telat 3 taun, hrs sidang di pengadilan dulu kah?",
    "akta-kelahiran-terlambat", "late birth registration court needed", "steps")
ins("bayi kami lahir kemarin di rs hermina, buat akte lahirnya bawa apa aja kak",
    "akta-kelahiran", "birth certificate documents", "documents")
ins("lahiran di rumah dibantu paraji, ga ada surat dari bidan. akte anak gimana dong",
    "akta-kelahiran", "birth certificate without birth letter", "documents")
ins("akta kelahiran",
    "akta-kelahiran", "birth certificate", "overview")
ins("mertua meninggal di rumah tgl 3 kemarin, ngurus akta kematiannya ke mana ya",
    "akta-kematian", "death certificate where", "place")
ins("kalo ada yg meninggal, ngelapor ke dukcapil maksimal brp hari?",
    "akta-kematian", "death report deadline", "duration")
ins("nama anak di akte ditulis Muhamad, di surat lahir bidan Muhammad. benerinnya perlu ke pengadilan ga?",
    "akta-pembetulan", "fix typo in birth certificate", "steps")
ins("sy kristen, udh diputus cerai di PN jakarta timur dan inkracht, akta cerainya ngurus dmn?",
    "akta-perceraian", "non-muslim divorce certificate where", "place")
ins("kami baru pemberkatan di gereja bulan lalu, daftar ke catatan sipil ada batas waktunya ga",
    "akta-perkawinan-nonmuslim", "church marriage registration deadline", "duration")
ins("nikah secara hindu di bali, syarat pencatatannya di dukcapil apa",
    "akta-perkawinan-nonmuslim", "hindu marriage registration documents", "documents")
ins("beli avanza bekas dari temen di depok, balik namanya masih kena bbn ga sih?",
    "balik-nama-kendaraan", "used car transfer fee bbnkb", "cost")
ins("tanah peninggalan almarhum bapak mau diatasnamakan ke kami ber-4 anaknya, gmn prosesnya",
    "balik-nama-sertifikat-tanah", "inherited land title transfer", "steps")
ins("beli tanah 300 jt di sleman, pajaknya yg bayar pembeli apa aja, penjual apa aja",
    "balik-nama-sertifikat-tanah", "land purchase taxes", "cost")
ins("adik sy ditahan polres krn kasus motor, kami ga sanggup bayar pengacara. ada yg gratis?",
    "bantuan-hukum-gratis", "free lawyer for detained relative", "overview")
ins("anak kedua lahir 10 hari lalu, daftarin bpjs nya paling lambat kapan",
    "bpjs-kesehatan-bayi-baru-lahir", "newborn bpjs registration deadline", "duration")
ins("brp iuran bpjs kelas 2 per orang sebulan skrg?",
    "bpjs-kesehatan-mandiri", "bpjs class 2 monthly fee", "cost")
ins("KIS gratis ibu sy tiba2 ga aktif pas mau cuci darah, ngaktifinnya kemana",
    "bpjs-kesehatan-pbi", "reactivate pbi health card", "place")
ins("gaji sy 7 jt, potongan bpjs kesehatan dr gaji harusnya brp",
    "bpjs-kesehatan-pekerja", "employee bpjs salary deduction", "cost")
ins("bisa ga bapak ibu sy dimasukin ke bpjs kantor suami?",
    "bpjs-kesehatan-pekerja", "add parents to employer bpjs", "eligibility")
ins("di phk pabrik garmen bulan kemarin, bpjs kesehatan sekeluarga msh aktif ga?",
    "bpjs-kesehatan-phk", "health cover after layoff", "eligibility")
ins("faskes sy puskesmas jauh bgt, mau ganti ke klinik deket kos. lewat aplikasi bisa?",
    "bpjs-kesehatan-pindah-faskes", "change primary clinic online", "online")
ins("bpjs mandiri nunggak 2 taun, kalo dilunasin trs langsung opname ada denda?",
    "bpjs-kesehatan-reaktivasi", "inpatient penalty after arrears", "penalty")
ins("resign dr alfamart tgl 1 juni, jht bisa dicairin mulai kapan",
    "bpjs-ketenagakerjaan-jht", "jht claim waiting time after resign", "duration")
ins("klaim jht lewat jmo bisa ga tanpa dateng ke kantor",
    "bpjs-ketenagakerjaan-jht", "jht claim via app", "online")
ins("sy driver ojol pengen ikut bpjs ketenagakerjaan secara mandiri, iurannya sebulan brp",
    "bpjs-tk-bpu", "self-employed bpjs tk contribution", "cost")
ins("suami jatuh dr perancah pas kerja proyek, kakinya patah. biaya rs ditanggung bpjs tk ga?",
    "bpjs-tk-jkk", "work accident hospital cost", "overview")
ins("bapak sy ikut bpjs tk, meninggal krn stroke. ahli waris dapet brp?",
    "bpjs-tk-jkm", "death benefit amount", "cost")
ins("kena phk, jkp dpt brp bulan dan brp persen gaji?",
    "bpjs-tk-jkp", "job loss benefit amount", "cost")
ins("phk nya udh 7 bulan lalu, baru tau ada jkp. msh bisa klaim?",
    "bpjs-tk-jkp", "jkp claim deadline", "duration")
ins("taun ini umur berapa bisa ambil jaminan pensiun bpjs tk?",
    "bpjs-tk-jp", "pension age", "eligibility")
ins("bpkb mobil ilang pas pindahan, ngurus penggantinya brp lama",
    "bpkb-hilang", "lost bpkb replacement time", "duration")
ins("bpkb ilang",
    "bpkb-hilang", "lost bpkb", "overview")
ins("buku nikah kami ikut kebakar bareng rumah. dulu nikahnya di garut, skrg tinggal di bogor. minta duplikat ke kua mana?",
    "buku-nikah-hilang-rusak", "duplicate marriage book where", "place")
ins("gmn cara liat nama sy masuk penerima pkh atau ngga",
    "cek-bansos", "check pkh recipient status", "steps")
ins("mau mastiin nama sy ada di daftar pemilih, ngeceknya pake apa?",
    "cek-dpt-pemilih", "check voter list", "online")
ins("kerja di batam tp ktp medan, pas pilkada bisa nyoblos di batam?",
    "cek-dpt-pemilih", "vote away from home", "steps")
ins("berkas di bpn udh 2 bulan ga ada kabar, bisa dipantau dr hp?",
    "cek-sertifikat-sentuh-tanahku", "track land office file online", "online")
ins("sy pengen cerai dr suami tp dia merantau ke kalimantan ga jelas alamatnya, bisa diproses?",
    "cerai-pengadilan-agama", "divorce with absent husband", "eligibility")
ins("biaya gugat cerai di PA brp, sy ga mampu",
    "cerai-pengadilan-agama", "divorce cost poor applicant", "cost")
ins("istri sy warga filipina udah pegang KITAP, bisa dibuatin ktp indonesia?",
    "dokumen-kependudukan-wna", "id card for foreign spouse", "eligibility")
ins("pengen ganti nama anak dr 'Siti' jadi 'Aisyah Putri', ngajuin ke pengadilan mana",
    "ganti-nama", "change child name court", "place")
ins("ijazah smp sy ilang, sekolahnya udh tutup. ngurusnya kemana",
    "ijazah-hilang", "lost diploma closed school", "place")
ins("cara aktifin ktp digital di hp gmn",
    "ikd", "activate digital id", "steps")
ins("ortu nikah siri thn 90an, skrg mau dibikinin buku nikah, syaratnya apa",
    "itsbat-nikah", "register unregistered marriage documents", "documents")
ins("mau bikin dangdutan 17an di lapangan desa, izin polisinya paling lambat diurus kapan?",
    "izin-keramaian", "event permit lead time", "duration")
ins("suami sy org belanda mau tinggal di sini, sy jadi penjamin. visa apa yg diurus?",
    "izin-tinggal-pasangan-wna", "spouse residence permit", "steps")
ins("mau ngelamar ke pabrik diminta kartu kuning, bikinnya dmn",
    "kartu-kuning-ak1", "job seeker card where", "place")
ins("prakerja bisa buat ibu rumah tangga umur 45?",
    "kartu-prakerja", "prakerja eligibility housewife", "eligibility")
ins("anak sy lahir di hongkong waktu sy kerja disana, skrg udh pulang ke blitar. biar punya nik gmn",
    "kelahiran-luar-negeri", "register child born abroad", "steps")
ins("kakak sy meninggal di malaysia, keluarga ga mampu bayar pulangin jenazah. ada bantuan?",
    "kematian-luar-negeri", "repatriation cost poor family", "cost")
ins("anak sy dwi kewarganegaraan, skrg umur 18. batas milih wni nya sampe kapan",
    "kewarganegaraan-ganda-anak", "choose citizenship deadline", "duration")
ins("bikin kia anak 3 taun perlu pas foto ga?",
    "kia", "child id documents toddler", "documents")
ins("anak sy lulus sma 2024, taun ini baru mau kuliah, msh bisa daftar kip kuliah?",
    "kip-kuliah", "kip kuliah graduation year limit", "eligibility")
ins("abis nikah mau bikin kk sendiri, istri beda kabupaten, bawa apa aja?",
    "kk-baru-menikah", "new family card after marriage", "documents")
ins("kk sy kena banjir tulisannya luntur, bisa cetak ulang?",
    "kk-hilang-rusak", "reprint damaged family card", "steps")
ins("kk rusak",
    "kk-hilang-rusak", "damaged family card", "overview")
ins("pekerjaan di kk msh pelajar padahal udh kerja, gantinya pake bukti apa",
    "kk-perubahan-biodata", "update occupation in family card", "documents")
ins("sy janda cerai mau bikin kk sendiri sama 2 anak, syaratnya apa",
    "kk-pisah", "own family card after divorce", "documents")
ins("keponakan dr solo mau ikut kk kakak sy di bandung, bisa numpang?",
    "kk-tambah-anggota", "add relative to family card", "steps")
ins("anak sy 17 taun bulan depan, rekam ktpnya bisa dimana aja",
    "ktp-el-baru", "first id card recording place", "place")
ins("punten, budak abdi nembe 17 taun, ngadamel ktp teh kedah nyandak naon wae?",
    "ktp-el-baru", "first id card documents", "documents")
ins("ktp ilang di angkot, ngurus baru hrs bawa surat polisi ga?",
    "ktp-el-hilang", "lost id card police letter", "documents")
ins("status ktp msh belum kawin, sy udh nikah 2 taun. ganti gmn",
    "ktp-el-perubahan-data", "update marital status on id", "steps")
ins("e ktp retak kelindes motor, perlu surat polisi ga buat ganti?",
    "ktp-el-rusak", "replace cracked id card", "documents")
ins("motor udh dijual ke org tp blm dibalik nama, takut kena pajak progresif. hrs ngapain",
    "lapor-jual-kendaraan", "report vehicle sale", "steps")
ins("rumah kemalingan tadi malem, tv sm laptop ilang. ke polsek buat laporan hrs bawa apa aja",
    "laporan-polisi", "police report for burglary", "documents")
ins("udh bikin LP, cara tau perkembangannya gmn",
    "laporan-polisi", "track police report progress", "other")
ins("hrd minta fotokopi kk dilegalisir, kk sy kertas putih ada barcodenya. tetep perlu legalisir?",
    "legalisir-dokumen-kependudukan", "legalise e-signed family card", "validity")
ins("motor plat B mau dimutasi ke plat AB jogja, biayanya brp aja",
    "mutasi-kendaraan", "vehicle transfer between regions cost", "cost")
ins("jualan bakso gerobak perlu bikin nib gak? gmn caranya",
    "nib-oss", "business id for street vendor", "eligibility")
ins("Selamat siang. Saya ingin menanyakan apakah penerbitan NIB untuk usaha perseorangan dikenakan biaya. Terima kasih.",
    "nib-oss", "business id fee", "cost")
ins("mau daftar kartu perdana katanya nik ga valid, knp ya",
    "nik-tidak-terdaftar", "nik invalid on sim card registration", "overview")
ins("ijab kabul di rumah pas hari minggu kena biaya brp",
    "nikah-kua", "wedding outside kua fee", "cost")
ins("pendaftaran nikah ke kua paling telat brp hari sblm akad",
    "nikah-kua", "marriage registration lead time", "duration")
ins("cv baru berdiri, daftar npwp badannya gmn skrg",
    "npwp-badan", "company tax id registration", "steps")
ins("bikin npwp bisa lewat hp ga sekarang",
    "npwp-pribadi", "personal tax id online", "online")
ins("pajak motor taunan bisa dibayar lwt hp? aplikasinya apa",
    "pajak-kendaraan-tahunan", "pay vehicle tax online", "online")
ins("pajak motor telat 2 taun, dendanya brp?",
    "pajak-kendaraan-tahunan", "late vehicle tax fine", "penalty")
ins("paspor elektronik 10 taun brp biayanya",
    "paspor-baru", "e-passport 10 year fee", "cost")
ins("paspor jadinya brp hari abis wawancara",
    "paspor-baru", "passport processing time", "duration")
ins("paspor sy kecuci di mesin cuci, rusak. dendanya brp",
    "paspor-hilang-rusak", "damaged passport fee", "penalty")
ins("mau jadi tkw ke taiwan, paspornya perlu rekomendasi dari mana",
    "paspor-pmi", "migrant worker passport recommendation", "documents")
ins("telat bayar pbb 2 taun dendanya brp",
    "pbb-p2", "late property tax penalty", "penalty")
ins("sppt pbb msh atas nama penjual padahal tanah udh sy beli, gantinya dmn",
    "pbb-p2", "change name on property tax bill", "place")
ins("mau bangun rumah 2 lantai, izinnya skrg namanya apa dan ngurus dmn",
    "pbg-simbg", "building permit", "overview")
ins("tanah 500 meter mau dipecah jd 2 buat jual separo, biayanya gimana",
    "pemecahan-sertifikat-tanah", "split land title cost", "cost")
ins("setoran awal haji reguler brp skrg",
    "pendaftaran-haji", "hajj initial deposit", "cost")
ins("anak umur 13 udh boleh didaftarin haji blm",
    "pendaftaran-haji", "minimum hajj registration age", "eligibility")
ins("gimana cara ngadu soal pelayanan publik tp gamau nama sy ketauan",
    "pengaduan-lapor", "anonymous public service complaint", "other")
ins("anak dr nikah siri di aktenya cuma tercantum ibunya, skrg bapaknya mau ngakuin. berkas yg dibawa ke capil apa aja",
    "pengakuan-anak", "add father name acknowledgement", "documents")
ins("mau angkat anak dr panti asuhan, umur suami 57, msh bisa ga?",
    "pengangkatan-anak", "adoption age limit", "eligibility")
ins("abis isbat nikah kemarin, akte anak biar nama ayahnya masuk batasnya brp hari",
    "pengesahan-anak", "child legitimation deadline", "duration")
ins("ketipu jual beli hp di fb, udh tf 2,5jt. lapor kemana biar rekeningnya diblokir",
    "penipuan-online", "block scammer account", "place")
ins("udh pegang surat pindah dr klaten, di depok ngurusnya ke mana",
    "pindah-datang", "register at new address", "place")
ins("mau pindah ktp dr surabaya ke malang, hrs balik ke surabaya ga buat surat pindahnya?",
    "pindah-keluar-skpwni", "moving letter from origin", "place")
ins("mau ikut suami tinggal di jerman 3 taun, perlu lapor dukcapil?",
    "pindah-luar-negeri", "report moving abroad", "eligibility")
ins("pip anak smp sy dapetnya brp setahun",
    "pip", "pip amount junior high", "cost")
ins("kpr btn udh lunas, sertifikat udh diambil. roya di bpn bayar brp",
    "roya", "mortgage release fee", "cost")
ins("sy jualan rendang kemasan rumahan, mau halal gratis. syaratnya apa aja",
    "sertifikat-halal-self-declare", "free halal certificate requirements", "documents")
ins("sertifikat tanah lama yg kertas itu msh berlaku ga? katanya wajib ganti elektronik",
    "sertifikat-tanah-elektronik", "paper land certificate validity", "validity")
ins("shm rumah ilang, urus pengganti di bpn brp lama",
    "sertifikat-tanah-hilang", "lost land certificate replacement time", "duration")
ins("desa sy lg ada ptsl tp dipungut 500rb per bidang, wajar ga?",
    "sertifikat-tanah-ptsl", "ptsl preparation fee limit", "cost")
ins("bikin sim c baru total biayanya brp",
    "sim-baru", "new motorbike licence cost", "cost")
ins("sim a ilang dicopet, bikin lagi hrs tes ulang ga?",
    "sim-hilang-rusak", "lost driving licence retest", "steps")
ins("sim internasional berlaku brp taun",
    "sim-internasional", "international permit validity", "validity")
ins("sim c mati 3 hari lalu, masih bisa diperpanjang ga?",
    "sim-perpanjangan", "renew expired licence", "eligibility")
ins("perpanjang sim pake aplikasi apa",
    "sim-perpanjangan", "renew licence app", "online")
ins("skck buat daftar cpns ngurusnya di polsek atau polres?",
    "skck-baru", "police certificate office level", "place")
ins("syarat skck",
    "skck-baru", "police certificate requirements", "documents")
ins("skck sy mati bulan kemarin, bisa diperpanjang atau hrs bikin baru?",
    "skck-perpanjangan", "expired police certificate renewal", "validity")
ins("bikin sktm buat berobat ibu di rsud, ngurusnya dmn",
    "sktm", "low income letter for hospital", "place")
ins("anak sy umur 6 taun 2 bulan juli nanti, bisa masuk sd negeri?",
    "spmb-sekolah", "primary school minimum age", "eligibility")
ins("mau jual keripik singkong kemasan, izin pirt nya gmn alurnya",
    "spp-irt", "home food production permit steps", "steps")
ins("lapor spt tahunan batasnya tgl brp",
    "spt-tahunan", "annual tax return deadline", "duration")
ins("stnk motor ilang, bpkb nya lg dipegang leasing adira, gmn",
    "stnk-hilang", "lost stnk bpkb at leasing", "documents")
ins("stnk mobil udh 5 taun, ganti plat biayanya brp",
    "stnk-lima-tahunan", "five-year stnk and plate cost", "cost")
ins("bikin surat keterangan waris di kelurahan perlu saksi brp org",
    "surat-ahli-waris", "heir statement witnesses", "documents")
ins("sy anak kos dr padang kuliah di jogja, bikin surat domisili di kelurahan mana",
    "surat-domisili", "residence letter for boarder", "place")
ins("dompet jatoh, ktp atm sama sim ikut ilang. minta surat keterangan hilang ke polsek dipungut biaya ga?",
    "surat-kehilangan-polisi", "police loss letter fee", "cost")
ins("ngurus kk di dukcapil hrs pake surat rt dulu ga sih",
    "surat-pengantar-rt-rw", "rt letter needed for family card", "documents")
ins("dapet surat etle padahal motornya udh sy jual 2 taun lalu, gmn",
    "tilang-elektronik-etle", "etle ticket for sold vehicle", "steps")
ins("keluarga sy buruh tani 5 anak blm pernah dpt bansos, gmn supaya didata",
    "usulan-bansos-dtsen", "register for social assistance", "steps")
# rows that need two articles
ins("ktp sm kk ilang dua2nya kecopetan di pasar tanah abang",
    ["ktp-el-hilang", "kk-hilang-rusak"], "replace lost id and family card", "documents")
ins("mau pindah sekeluarga dr cirebon ke bekasi, di cirebon ngurus apa, di bekasi ngurus apa",
    ["pindah-keluar-skpwni", "pindah-datang"], "move family to another city", "steps")
ins("bapak meninggal, mau ngurus santunan bpjs tk sama cairin saldo jht nya",
    ["bpjs-tk-jkm", "bpjs-ketenagakerjaan-jht"], "death benefit and jht for heirs", "steps")
ins("abis di-phk, nasib bpjs kesehatan gmn dan jkp bisa dapet ga?",
    ["bpjs-kesehatan-phk", "bpjs-tk-jkp"], "health cover and jkp after layoff", "eligibility")
ins("nikah siri 2015 punya anak 1, mau diresmiin skalian akte anak ada nama bapaknya",
    ["itsbat-nikah", "pengesahan-anak"], "register marriage and child legitimation", "steps")

# --------------------------------------------------------------- near_miss
near("bikin sim b1 umum buat nyupir truk syaratnya apa aja", "truck driving licence b1", "documents")
near("sim D buat penyandang disabilitas ngurusnya gimana", "disabled driver licence", "steps")
near("sim dari malaysia bisa dituker jadi sim indonesia ga? sy baru pulang kerja 6 taun", "convert foreign licence", "eligibility")
near("ktp ilang pas sy lg kerja di hongkong, bisa bikin lg di kjri?", "replace id card while abroad", "place")
near("sy sm suami dua2nya warga jepang, anak lahir di rs surabaya. akte lahirnya bisa dari dukcapil?", "birth certificate for child of foreign parents", "eligibility")
near("skck buat warga negara asing, suami sy org korea butuh buat kerja disini", "police certificate for foreigner", "eligibility")
near("bikin skck dari luar negeri bisa? sy lg di taiwan butuh buat perpanjang kontrak", "police certificate applied from abroad", "online")
near("temen sy dr australia mau liburan ke bali sebulan, visanya apa", "tourist visa for foreign friend", "documents")
near("mau liburan ke jepang, visa jepang ngurus dmn", "japan visa", "place")
near("daftar umroh lewat kemenag bisa? biar aman ga ketipu travel", "umrah registration", "steps")
near("haji furoda itu resmi ga, biayanya brp", "furoda hajj", "cost")
near("sy muslim pacar katolik, mau nikah beda agama dicatat dimana", "interfaith marriage registration", "place")
near("udh jatuh talak satu, mau rujuk lagi sama istri ngurusnya ke kua?", "reconciliation after talak", "steps")
near("mantan suami ga mau bayar nafkah anak padahal udh diputus PA, gmn eksekusinya", "enforce child support ruling", "steps")
near("cara ngajuin dispensasi kawin buat anak 17 taun ke pengadilan agama", "marriage dispensation procedure", "steps")
near("akta cerai dari pengadilan agama ilang, minta salinannya gimana", "lost religious court divorce certificate", "steps")
near("kami nikah di singapura thn lalu, lapor perkawinannya ke dukcapil gmn", "report marriage held abroad", "steps")
near("ada bayi ditemuin warga di depan masjid, mau dibuatin akte. prosedurnya gmn", "birth certificate for foundling", "steps")
near("bapak ilang di laut waktu melaut 2 taun ga ketemu jasadnya, bisa dibuat akta kematian?", "death certificate for missing person", "eligibility")
near("santunan kematian dari pemda buat warga miskin ada ga, dapet brp", "local government death allowance", "cost")
near("ijazah sma nama sy salah satu huruf, benerinnya ke sekolah atau dinas?", "fix typo on diploma", "place")
near("anak sd mau pindah sekolah di tengah semester krn ikut suami pindah tugas, gmn", "mid-year school transfer", "steps")
near("daftar utbk snbt kapan dan biayanya brp", "university entrance test", "cost")
near("kip kuliah bisa buat lanjut s2?", "kip kuliah for master degree", "eligibility")
near("beasiswa lpdp buat kuliah ke luar negeri syaratnya", "lpdp scholarship", "documents")
near("hapus anggota kk yg udh 10 taun minggat ga ada kabar, bisa?", "remove missing member from family card", "steps")
near("ganti hp baru, ktp digital ikd nya gimana mindahinnya", "move digital id to new phone", "online")
near("bpjs ibu yg udh meninggal mau dinonaktifin biar ga ditagih terus, caranya?", "deactivate deceased member bpjs", "steps")
near("mau turun kelas bpjs mandiri dari kelas 1 ke kelas 3 bisa?", "change bpjs class", "steps")
near("plafon kacamata bpjs kelas 2 brp ya", "bpjs glasses benefit", "cost")
near("rujukan bpjs ke rs udh lewat 3 bulan, perpanjangnya gmn", "renew hospital referral", "steps")
near("pensiun pns dari taspen cairnya gmn, bapak baru purna tugas", "civil servant pension taspen", "steps")
near("program pinjaman kpr dari bpjs ketenagakerjaan (mlt) bunganya brp", "bpjs tk housing loan", "cost")
near("rumah subsidi flpp syarat gaji maksimal berapa", "subsidised housing eligibility", "eligibility")
near("restitusi pajak lebih bayar kapan cairnya", "tax refund", "duration")
near("lupa password coretax, email yg didaftarin udh ga aktif", "recover tax account", "online")
near("umkm omzet 300jt setahun pajaknya brp persen", "msme income tax rate", "cost")
near("cara daftar bpom md buat frozen food", "bpom food registration", "steps")
near("daftar merek dagang kopi sy biar ga dipake org lain", "trademark registration", "steps")
near("sertifikat halal buat restoran gede yg bukan umkm gimana jalurnya", "regular halal certification large business", "steps")
near("kur bri buat modal warung syaratnya apa", "people business credit loan", "documents")
near("bantuan bedah rumah rtlh daftarnya kemana", "home renovation aid", "place")
near("subsidi listrik 450 va rumah sy dicabut, bisa diajuin lagi?", "electricity subsidy", "eligibility")
near("beli gas elpiji 3 kg skrg hrs pake ktp? daftarnya dmn", "lpg subsidy registration", "place")
near("cara daftar jadi petugas kpps pemilu", "become polling station officer", "steps")
near("girik tanah ilang, belum disertifikatin. gimana?", "lost girik land document", "steps")
near("akta jual beli tanah dari ppat ilang, bisa minta salinan?", "lost sale deed copy", "steps")
near("sengketa batas tanah sm tetangga, patoknya digeser. lapor kemana", "land boundary dispute", "place")
near("hgb rumah mau dinaikin jadi shm, prosesnya", "upgrade hgb to shm", "steps")
near("tanah mau diwakafin buat mushola, sertifikat wakafnya gmn", "waqf land certificate", "steps")
near("minta pengukuran ulang batas tanah ke bpn biayanya brp", "land remeasurement fee", "cost")
near("uji kir mobil pickup buat usaha dmn", "vehicle roadworthiness test", "place")
near("motor bodong tanpa surat mau diurus surat2nya bisa?", "register undocumented motorbike", "eligibility")
near("plat nomor motor ilang dicopot org, bikin lg gmn", "replace lost number plate", "steps")
near("mau pesen plat nomor cantik buat mobil, caranya", "custom number plate", "steps")
near("kena tilang manual, sim ditahan, ambilnya di kejaksaan mana", "retrieve licence after manual ticket", "place")
near("motor ditarik debt collector di jalan, itu boleh gak", "leasing repossession", "other")
near("pas kecil buat perahu nelayan ngurusnya kemana", "small boat registration", "place")
near("sepeda listrik perlu stnk ga", "e-bike registration", "eligibility")
near("suami sy wna mau jadi wni, naturalisasi prosesnya gmn", "naturalisation of foreign spouse", "steps")
near("anak sy mau lepas wni jadi warga australia, gmn", "renounce indonesian citizenship", "steps")
near("kitas kerja buat karyawan asing di pabrik kami ngurusnya gmn", "work permit for foreign employee", "steps")
near("bikin paspor anak, ayahnya udh cerai ga mau tanda tangan izin. bisa tetep dibuat?", "child passport without father consent", "eligibility")
near("apostille akta kelahiran buat daftar kuliah di belanda", "apostille birth certificate", "steps")
near("penerjemah tersumpah buat akta nikah biayanya brp", "sworn translation fee", "cost")
near("cabut laporan polisi karna udh damai, bisa?", "withdraw police report", "steps")
near("perwalian anak yatim piatu buat ngurus warisan di bank, ke pengadilan mana", "guardianship for orphan", "place")
near("kartu penyandang disabilitas dari dinsos, bikinnya gmn", "disability card", "steps")
near("surat bebas narkoba buat lamar kerja bikin dmn", "drug-free certificate", "place")
near("bpjs kesehatan buat wna yg kerja di indonesia wajib ga", "health insurance for foreign worker", "eligibility")

# --------------------------------------------------------------- off_topic
off("halo", "greeting")
off("assalamualaikum min", "greeting")
off("makasih banyak ya kak 🙏", "thanks")
off("wkwkwk", "laughter")
off("bot goblok", "abuse")
off("p", "ping")
off("besok hujan ga di bogor", "weather")
off("resep rendang padang yg empuk gmn", "recipe")
off("siapa presiden indonesia pertama", "general knowledge")
off("skor persib semalem brp", "football score")
off("harga emas antam hari ini", "gold price")
off("kamu manusia atau robot?", "bot identity")
off("rekomendasi hp 2 jutaan buat ngojol", "phone recommendation")
off("cara download video tiktok tanpa watermark", "tech tip")
off("lagi galau diputusin pacar", "personal chat")
off("selamat pagi, semangat kerja min", "greeting")
off("ibu kota provinsi gorontalo apa", "general knowledge")
off("jadwal kereta jakarta ke yogya besok", "train schedule")
off("akun ml sy kebanned, bisa dibalikin?", "game account")
off("tolong buatin puisi buat ibu", "write poem")
off("kapan lebaran 2027", "holiday date")
off("nuhun kang", "thanks sundanese")
off("matur nuwun sanget nggih", "thanks javanese")
off("ok", "acknowledgement")
off("test", "test message")
off("admin cantik ga", "flirting")
off("berapa 15 persen dari 2 juta", "arithmetic")
off("tips biar anak mau makan sayur", "parenting tip")
off("kenapa langit warnanya biru", "general knowledge")
off("beli pulsa bisa di sini?", "buy phone credit")
off("anjir lama banget balesnya", "abuse impatience")
off("obat sakit gigi yg ampuh apa", "medical advice")
off("cara ternak lele di ember", "fish farming")
off("lu dibayar brp sama pemerintah", "abuse")
off("sugeng enjing", "greeting javanese")
off("formasi cpns 2026 dibuka kapan", "civil servant recruitment schedule")
off("tunjangan sertifikasi guru triwulan ini cair bulan apa", "teacher allowance schedule")
off("izin penelitian skripsi ke kesbangpol gmn", "research permit")
off("kapan gaji ke-13 pns cair", "civil servant bonus")
off("harga cabe rawit di pasar naik ya", "market price chat")

# --------------------------------------------------------------- follow_up
fu("bayi sy lahir minggu lalu di puskesmas, mau urus akte",
   "trs bpjs nya gmn?", "bpjs-kesehatan-bayi-baru-lahir", "newborn bpjs after birth certificate", "steps")
fu("ktp anak sy patah jadi dua kedudukin adeknya",
   "bayar ga?", "ktp-el-rusak", "damaged id card fee", "cost")
fu("mau bikin paspor buat umroh bulan depan",
   "brp lama jadinya?", "paspor-baru", "passport processing time", "duration")
fu("sim c sy habis bulan depan",
   "kalo lewat hp bisa?", "sim-perpanjangan", "renew licence online", "online")
fu("mau bikin skck buat lamaran kerja di pabrik",
   "biayanya brp", "skck-baru", "police certificate fee", "cost")
fu("kk sy ilang pas pindahan kontrakan",
   "hrs ke polisi dulu?", "kk-hilang-rusak", "lost family card police letter", "documents")
fu("anak sy mau dibikinin kia",
   "kalo anaknya udh 6 taun?", "kia", "child id for older child", "documents")
fu("baru kena phk dr pabrik sepatu di tangerang",
   "jht nya bisa langsung cair?", "bpjs-ketenagakerjaan-jht", "jht after layoff timing", "duration")
fu("gmn alur daftar nikah ke kua kecamatan",
   "kalo akadnya di gedung bayar?", "nikah-kua", "wedding venue fee", "cost")
fu("bpkb motor sy ilang",
   "hrs masang iklan di koran?", "bpkb-hilang", "lost bpkb newspaper notice", "documents")
fu("pengen balik nama motor bekas yg baru dibeli",
   "kalo platnya luar provinsi?", "mutasi-kendaraan", "out-of-province vehicle transfer", "steps")
fu("sertifikat rumah ilang kayaknya kebuang pas beres2",
   "nanti jadinya msh kertas atau elektronik?", "sertifikat-tanah-hilang", "replacement certificate form", "other")
fu("mau daftar bpjs mandiri buat sekeluarga",
   "kelas 3 brp?", "bpjs-kesehatan-mandiri", "class 3 fee", "cost")
fu("ktp sy ilang di terminal bus",
   "surat polisinya ngurus dmn", "surat-kehilangan-polisi", "where to get police loss letter", "place")
fu("ijazah sma ilang waktu pindahan",
   "klo ijazah madrasah aliyah?", "ijazah-hilang", "lost madrasah diploma", "place")
fu("mau pindah domisili dari medan ke pekanbaru",
   "sampe sana ngapain?", "pindah-datang", "steps at destination", "steps")
fu("anak sy lahir di jepang",
   "aktanya perlu diterjemahin?", "kelahiran-luar-negeri", "translate foreign birth certificate", "documents")
fu("mau daftar haji reguler",
   "kalo udh pernah haji 10 taun lalu?", "pendaftaran-haji", "repeat hajj registration", "eligibility")
fu("mau ngurus npwp pribadi",
   "abis itu wajib lapor apa tiap taun?", "spt-tahunan", "annual tax return obligation", "overview")
fu("mau bikin nib buat usaha kue kering",
   "trs halalnya gmn", "sertifikat-halal-self-declare", "halal certificate after nib", "steps")
fu("bpjs sy nunggak 8 bulan",
   "bisa nyicil?", "bpjs-kesehatan-reaktivasi", "instalment for arrears", "cost")
fu("ada surat tilang etle dateng ke rumah",
   "kalo ga dibayar?", "tilang-elektronik-etle", "unpaid etle consequence", "penalty")
fu("udh tf ke penipu olshop 1 jt",
   "uangnya bisa balik ga", "penipuan-online", "refund chance after scam", "other")
fu("suami wna mau tinggal disini",
   "dia boleh kerja?", "izin-tinggal-pasangan-wna", "foreign spouse work right", "eligibility")
fu("tanah warisan mau dibagi jadi 3 sertifikat",
   "biaya?", "pemecahan-sertifikat-tanah", "split title cost", "cost")
fu("mau bikin sim a pertama kali",
   "umur 16 bisa?", "sim-baru", "minimum licence age", "eligibility")
fu("bikin pirt buat sambel botolan",
   "kalo frozen dimsum?", "spp-irt", "frozen food pirt eligibility", "eligibility")
fu("gimana cek anak dapet pip atau ngga",
   "kalo udh kuliah?", "kip-kuliah", "aid for university student", "overview")
fu("istri sy mau ngajuin gugatan cerai ke PA",
   "bisa online?", "cerai-pengadilan-agama", "file divorce online", "online")
fu("kpr lunas bulan kemarin",
   "roya nya brp hari?", "roya", "mortgage release time", "duration")
fu("akte lahir anak salah nama bapaknya, kurang satu huruf",
   "ke pengadilan ga?", "akta-pembetulan", "court needed for typo", "steps")
fu("mau perpanjang stnk 5 taunan",
   "bpkb msh di leasing gmn", "stnk-lima-tahunan", "bpkb at leasing for renewal", "documents")
fu("mau ngurus kartu kuning",
   "online bisa?", "kartu-kuning-ak1", "job seeker card online", "online")
fu("cara bikin paspor baru gmn",
   "visa korea sekalian bisa diurus di imigrasi?", [], "korea visa", "place")
fu("mau bikin sim c",
   "kalo sim b2 umum gmn syaratnya", [], "heavy vehicle licence", "documents")

# ----------------------------------------------------------------- english
en("How much does a 10-year e-passport cost?", "paspor-baru", "e-passport fee", "cost")
en("I lost my KTP, what do I need to get a new one?", "ktp-el-hilang", "replace lost id card", "documents")
en("my wife is indonesian, how do I get a spouse kitas to live here", "izin-tinggal-pasangan-wna", "spouse residence permit", "steps")
en("how to pay annual motorbike tax online", "pajak-kendaraan-tahunan", "pay vehicle tax online", "online")
en("Can a foreigner holding KITAP get an Indonesian ID card?", "dokumen-kependudukan-wna", "id card for permanent resident", "eligibility")
en("Our baby was born last week in Denpasar, we are both Indonesian. How do we register the birth?", "akta-kelahiran", "register birth", "steps")
en("where do i apply for an international driving license in jakarta", "sim-internasional", "international driving permit", "place")
en("I got scammed on instagram and already transferred the money, what should I do now", "penipuan-online", "online scam response", "steps")
en("I'm a freelancer. How much is the monthly BPJS health fee for class 1?", "bpjs-kesehatan-mandiri", "self-paid health insurance fee", "cost")
en("Where can I file a complaint about bad public service?", "pengaduan-lapor", "public service complaint channel", "place")
en("how to get skck police clearance for a job application", "skck-baru", "police clearance", "steps")
en("How do I register my small catering business and get an NIB?", "nib-oss", "business id registration", "steps")
en("my daughter has dual citizenship, until what age must she choose?", "kewarganegaraan-ganda-anak", "choose citizenship age", "duration")
en("When is the deadline for the personal annual tax return?", "spt-tahunan", "tax return deadline", "duration")
en("my land certificate was ruined in a flood, can the land office replace it?", "sertifikat-tanah-hilang", "replace damaged land certificate", "steps")
en("I was laid off last month. Can I get cash benefits from BPJS?", "bpjs-tk-jkp", "job loss benefit", "eligibility")
en("How do I extend my visa on arrival?", [], "extend visa on arrival", "steps")
en("How can our company sponsor a work KITAS for a foreign engineer?", [], "work permit sponsorship", "steps")
en("Where can I get my university diploma apostilled?", [], "apostille diploma", "place")
en("Do Brazilians need a visa to visit Indonesia?", [], "visa requirement for visitors", "eligibility")

# --------------------------------------------------------------- complaint
comp("petugas dukcapil di kabupaten bogor jutek bgt, ditanya baik2 malah dibentak. mau ngadu kemana", [], "rude civil registry officer")
comp("udh 4 bulan ktp ga jadi2 alesannya blangko habis terus, capek bolak balik", [], "id card delayed for months")
comp("antri samsat dr jam 7 sampe jam 2 blm dipanggil, loket cuma buka 2. parah", [], "long queue at samsat")
comp("di kelurahan dimintain 50rb buat surat domisili katanya uang administrasi, ga ada kwitansi", [], "illegal fee for residence letter", "cost")
comp("aplikasi m paspor error mulu udh seminggu, ga bisa pilih jadwal sama sekali", [], "passport app keeps failing", "online")
comp("samsat nyuruh bayar bbn 2 pas sy balik nama motor bekas, katanya wajib. bukannya udh dihapus?", ["balik-nama-kendaraan"], "charged abolished transfer tax", "cost")
comp("polsek minta 'seikhlasnya' 50rb buat surat kehilangan, padahal katanya gratis", ["surat-kehilangan-polisi"], "fee asked for police loss letter", "cost")
comp("sekolah lama minta 300rb buat surat pengganti ijazah, alesannya buat arsip", ["ijazah-hilang"], "fee asked for diploma replacement", "cost")
comp("lapor polisi kasus penggelapan motor udh 5 bulan ga ada perkembangan, penyidiknya susah dihubungi", ["laporan-polisi"], "police report not progressing")
comp("mau bikin LP malah disuruh bayar dulu buat 'operasional', bener ga sih", ["laporan-polisi"], "fee asked to file police report", "cost")
comp("ngurus izin keramaian buat konser amal, oknum minta 2 juta tanpa bukti apa2", ["izin-keramaian"], "bribe for event permit", "cost")
comp("ada guru nawarin kursi smp negeri 5 juta lewat jalur belakang, ini gmn", ["spmb-sekolah"], "school seat selling")
comp("pak rt ga mau tanda tangan surat pengantar sblm sy lunasin iuran keamanan 6 bulan", ["surat-pengantar-rt-rw"], "rt withholds letter over dues")
comp("lbh yg katanya gratis minta uang transport 1 juta tiap sidang", ["bantuan-hukum-gratis"], "legal aid provider charging fees", "cost")
comp("dana pip anak sy dipotong 200rb sama sekolah katanya buat uang kas kelas", ["pip"], "school cuts pip funds", "cost")
comp("sponsor pt minta fee 20 juta biar bisa berangkat jadi art ke hongkong", ["paspor-pmi"], "placement fee demanded from migrant worker", "cost")
comp("udh ngadu lewat lapor.go.id sebulan lalu, statusnya gitu2 aja ga ditanggapin", [], "complaint not followed up")
comp("dilempar2 terus, kecamatan bilang ke dukcapil, dukcapil bilang balik ke kecamatan. akte anak ga beres2", [], "sent back and forth for birth certificate")
comp("penghulu minta amplop 1 juta padahal nikahnya di kantor kua pas jam kerja", [], "marriage officer asks money", "cost")
comp("panitia ptsl di desa narik 1,5 juta per bidang, katanya semua warga udh setuju", [], "excessive ptsl levy", "cost")
comp("jalan desa rusak parah berlubang udh 2 taun ga diperbaiki, sering ada yg jatoh", [], "damaged village road")
comp("petugas satpas sengaja nyusahin ujian praktek biar kita pake calo, udh 3x gagal", [], "licence test obstructed to push brokers")
comp("situs coretax down terus pas mau lapor spt, udh tgl 29 maret nih gmn", [], "tax system keeps failing", "online")
comp("perawat puskesmas kasar ke pasien bpjs, beda bgt sama pasien umum", [], "rude health staff to bpjs patients")
comp("bansos sembako ibu sy dipotong ketua kelompok 100rb tiap cair", [], "social aid cut by group leader", "cost")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = list(ROWS)
    random.Random(20261501).shuffle(rows)
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows written")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Blind held-out question set blind10, written by hand from the digest only.
Each call below is one question. The script only collects, shuffles and writes."""
import json
import os
import random

SEED = 20261310
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")
rows = []


def add(q, ids, group, need, aspect, prev=""):
    rows.append({"q": q, "ids": list(ids), "new_ids": [], "group": group,
                 "need": need, "aspect": aspect, "prev": prev})


def ins(q, ids, need, aspect):
    add(q, ids, "in_scope", need, aspect)


def near(q, need, aspect):
    add(q, [], "near_miss", need, aspect)


def off(q, need, aspect="other"):
    add(q, [], "off_topic", need, aspect)


def fu(prev, q, ids, need, aspect):
    add(q, ids, "follow_up", need, aspect, prev)


def en(q, ids, need, aspect):
    add(q, ids, "english", need, aspect)


def cp(q, ids, need, aspect):
    add(q, ids, "complaint", need, aspect)


# ---------------------------------------------------------------- in_scope
ins("akte lahir sy ilang pas rumah kebanjiran di bekasi. sy lahirnya di medan, ngurus gantinya mesti ke dukcapil medan?",
    ["akta-kelahiran-hilang-rusak"], "replace lost birth certificate", "place")
ins("bapak sy udh 58 thn gapernah punya akte lahir, kalo bikin skrg kena denda ga?",
    ["akta-kelahiran-terlambat"], "late birth registration for adult", "penalty")
ins("anak kedua sy lahir tgl 3 kemarin di rsud, bikin akte nya bawa apa aja min",
    ["akta-kelahiran"], "birth certificate for newborn", "documents")
ins("nenek wafat di rumah bukan di rs, surat keterangan matinya minta ke siapa buat akta",
    ["akta-kematian"], "death certificate for home death", "documents")
ins("di akte anak tertulis Muhamad, di surat lahir dr bidan Muhammad. benerinnya harus sidang?",
    ["akta-pembetulan"], "correct typo in birth certificate", "steps")
ins("putusan cerai dr PN udh inkracht, paling lambat kapan hrs dicatat ke dukcapil?",
    ["akta-perceraian"], "deadline to register non-muslim divorce", "duration")
ins("kami pemberkatan di gereja bulan depan, pencatatan di capil bayar ga kak",
    ["akta-perkawinan-nonmuslim"], "fee for church marriage registration", "cost")
ins("beli avanza seken dr temen kantor, pas balik nama masih ada bbn 2 ga sih skrg",
    ["balik-nama-kendaraan"], "used car ownership transfer fee", "cost")
ins("beli tanah 200 meter di sleman, buat balik nama sertifikat pajaknya apa aja yg dibayar pembeli sama penjual",
    ["balik-nama-sertifikat-tanah"], "taxes for land title transfer", "cost")
ins("suami lagi kena kasus pidana, kami ga punya duit buat pengacara. ada yg gratis ga?",
    ["bantuan-hukum-gratis"], "free lawyer for poor family", "overview")
ins("bayi sy baru 2 minggu blm ada nik, udh bisa didaftarin bpjs belum?",
    ["bpjs-kesehatan-bayi-baru-lahir"], "register newborn in bpjs without nik", "documents")
ins("iuran bpjs mandiri kelas 2 sebulan brp per orang",
    ["bpjs-kesehatan-mandiri"], "monthly premium class 2", "cost")
ins("kis gratis punya ibu tiba2 ga aktif, katanya dicoret. ngaktifinnya kemana",
    ["bpjs-kesehatan-pbi"], "reactivate government-paid bpjs", "place")
ins("gaji sy dipotong buat bpjs kesehatan, harusnya brp persen sih yg ditanggung karyawan",
    ["bpjs-kesehatan-pekerja"], "employee share of bpjs premium", "cost")
ins("kena phk bulan lalu, kartu bpjs kesehatan dr kantor masih aktif sampe kapan",
    ["bpjs-kesehatan-phk"], "health coverage after layoff", "duration")
ins("gmn caranya ganti puskesmas terdaftar lewat aplikasi jkn",
    ["bpjs-kesehatan-pindah-faskes"], "change primary clinic in app", "online")
ins("tunggakan bpjs 8 bln mau sy lunasin, ada dendanya ga",
    ["bpjs-kesehatan-reaktivasi"], "penalty when paying bpjs arrears", "penalty")
ins("resign dr pabrik akhir januari, jht baru bisa diajuin kapan?",
    ["bpjs-ketenagakerjaan-jht"], "when jht can be claimed after resign", "duration")
ins("sy driver ojol mau ikut bpjs tk sendiri, bayarnya sebulan brp",
    ["bpjs-tk-bpu"], "self-employed bpjs tk premium", "cost")
ins("suami jatuh dr perancah di proyek, biaya rs nya ditanggung bpjs tk ga?",
    ["bpjs-tk-jkk"], "work accident hospital costs", "cost")
ins("bapak meninggal krn stroke, beliau ikut bpjs tk, ahli waris dapet santunan brp",
    ["bpjs-tk-jkm"], "death benefit amount", "other")
ins("di phk pabrik garmen, selain jht ada duit lain ga dr bpjs tk?",
    ["bpjs-tk-jkp"], "job loss benefit", "overview")
ins("taun ini umur brp sih bisa klaim jaminan pensiun bulanan",
    ["bpjs-tk-jp"], "pension age", "eligibility")
ins("bpkb beat sy ilang, nunggu bpkb pengganti jadi brp lama",
    ["bpkb-hilang"], "time to replace lost bpkb", "duration")
ins("buku nikah kami ikut kebakar. nikahnya dulu di pekalongan, skrg tinggal di batam, gantinya di kua mana",
    ["buku-nikah-hilang-rusak"], "replace burnt marriage book", "place")
ins("cara liat nama sy terdaftar pkh ato ngga pake hp",
    ["cek-bansos"], "check social assistance status", "online")
ins("gmn ngecek aku udh masuk daftar pemilih belum",
    ["cek-dpt-pemilih"], "check voter list", "online")
ins("punya no berkas dr bpn, mantau progresnya online bisa lewat apa",
    ["cek-sertifikat-sentuh-tanahku"], "track land office application", "online")
ins("istri ngajuin cerai, dia tinggal di malang sy di surabaya, daftarnya di PA mana",
    ["cerai-pengadilan-agama"], "which religious court for divorce", "place")
ins("suami sy warga jerman udh pegang kitap, dia bisa dapet ktp ga",
    ["dokumen-kependudukan-wna"], "id card for foreign spouse with kitap", "eligibility")
ins("mau ubah nama anak dr Sutini jadi Aurelia Putri Rahayu, alurnya gmn",
    ["ganti-nama"], "change child's name", "steps")
ins("ijazah smp ilang, sekolahnya udh tutup dr 2018. urus kemana",
    ["ijazah-hilang"], "replace diploma when school closed", "place")
ins("aktivasi ktp digital bisa sendiri dr rumah ga?",
    ["ikd"], "activate digital id at home", "online")
ins("dulu nikah siri 2015, skrg pengen dicatat resmi di negara, gmn alurnya",
    ["itsbat-nikah"], "register unregistered islamic marriage", "steps")
ins("mau bikin konser band di lapangan desa, ngajuin izin ke polisi paling telat brp hari sebelum",
    ["izin-keramaian"], "event permit lead time", "duration")
ins("istri sy wna, nikah udh 3 taun, itas nya bisa dinaikin jadi itap?",
    ["izin-tinggal-pasangan-wna"], "switch spouse itas to itap", "eligibility")
ins("kartu kuning bikinnya dimana ya",
    ["kartu-kuning-ak1"], "where to get job seeker card", "place")
ins("sy lagi nganggur umur 24, bisa ikut prakerja ga, syaratnya apa",
    ["kartu-prakerja"], "prakerja eligibility", "eligibility")
ins("anak lahir di jeddah, skrg udh pulang ke lombok. ke dukcapil bawa dokumen apa aja",
    ["kelahiran-luar-negeri"], "register child born abroad", "documents")
ins("om sy meninggal di johor, keluarga ga mampu, ongkos mulangin jenazah siapa yg nanggung",
    ["kematian-luar-negeri"], "cost of repatriating body", "cost")
ins("anak sy ayahnya org australia. nanti dia hrs milih kewarganegaraan paling lambat umur brp",
    ["kewarganegaraan-ganda-anak"], "deadline to choose citizenship", "duration")
ins("kia buat anak 3 taun perlu pas foto ga",
    ["kia"], "child id card photo requirement", "documents")
ins("kip kuliah dpt biaya hidup brp sebulan",
    ["kip-kuliah"], "kip kuliah living allowance", "cost")
ins("abis akad pengen bikin kk sendiri keluar dr kk ortu, dokumennya apa",
    ["kk-baru-menikah"], "new family card after marriage", "documents")
ins("kk ilang pas pindahan kos, cetak ulangnya hrs pake surat polisi?",
    ["kk-hilang-rusak"], "reprint lost family card", "documents")
ins("di kk tertulis tamat slta padahal sy udh s1, gantinya bawa apa",
    ["kk-perubahan-biodata"], "update education in family card", "documents")
ins("sy udh resmi cerai, mau bikin kk sendiri sama 2 anak, prosesnya gimana",
    ["kk-pisah"], "separate family card after divorce", "steps")
ins("keponakan dr kampung mau sekolah disini, bisa ikut masuk kk sy?",
    ["kk-tambah-anggota"], "add nephew to family card", "eligibility")
ins("anak sy bulan depan 17 taun, rekam ktp nya bisa di kecamatan?",
    ["ktp-el-baru"], "first id card recording place", "place")
ins("ktp ilang dicopet di pasar, cetak ulangnya bayar brp",
    ["ktp-el-hilang"], "reprint stolen id card fee", "cost")
ins("udh nikah 2 taun tp ktp masih tertulis belum kawin, gantinya gmn",
    ["ktp-el-perubahan-data"], "update marital status on id card", "steps")
ins("ktp patah dua, perlu surat kehilangan jg ga buat ganti",
    ["ktp-el-rusak"], "replace broken id card", "documents")
ins("motor udh sy jual tp pembelinya blm balik nama, gmn biar pajaknya ga nyangkut ke sy",
    ["lapor-jual-kendaraan"], "report sold motorbike", "steps")
ins("rumah kemalingan td malem, tv sama laptop ilang. ke polsek bawa apa aja",
    ["laporan-polisi"], "report burglary to police", "documents")
ins("daftar cpns minta fotokopi akte dilegalisir, akte sy yg kertas putih ada qr nya, masih perlu?",
    ["legalisir-dokumen-kependudukan"], "legalize e-signed birth certificate", "other")
ins("mobil plat B mau dipindah jadi plat AB krn pindah jogja, biayanya brp",
    ["mutasi-kendaraan"], "vehicle transfer between provinces", "cost")
ins("bikin nib buat warung kopi kecil2an sy bayar ga",
    ["nib-oss"], "business id number fee", "cost")
ins("registrasi kartu perdana gagal terus, katanya nik sy ga valid. harus gmn",
    ["nik-tidak-terdaftar"], "nik rejected at sim registration", "steps")
ins("akad di rumah bukan di kua biayanya brp",
    ["nikah-kua"], "fee for wedding outside kua", "cost")
ins("cv kami baru berdiri, npwp nya didaftarin dmn skrg",
    ["npwp-badan"], "tax id for new company", "place")
ins("bikin npwp online lewat coretax langkahnya gmn",
    ["npwp-pribadi"], "personal tax id online", "online")
ins("pajak motor taunan bisa dibayar lewat aplikasi apa",
    ["pajak-kendaraan-tahunan"], "pay vehicle tax by app", "online")
ins("paspor elektronik yg 10 taun skrg brp",
    ["paspor-baru"], "e-passport 10 year fee", "cost")
ins("paspor sy kecuci di mesin cuci ampe lecek, ada biaya bebannya brp",
    ["paspor-hilang-rusak"], "damaged passport fee", "cost")
ins("mau kerja jd art di hongkong, bikin paspornya perlu rekomendasi dr mana",
    ["paspor-pmi"], "passport recommendation for migrant worker", "documents")
ins("telat bayar pbb 2 taun, dendanya itungannya gmn",
    ["pbb-p2"], "late property tax penalty", "penalty")
ins("mau nambah lantai 2 rumah, katanya imb udh ga ada, skrg izinnya apa",
    ["pbg-simbg"], "building permit replacing imb", "overview")
ins("tanah 500m mau dipecah jd 2 bidang buat dijual separo, prosesnya gmn",
    ["pemecahan-sertifikat-tanah"], "split land certificate", "steps")
ins("dp daftar haji reguler skrg brp juta",
    ["pendaftaran-haji"], "hajj initial deposit", "cost")
ins("ngadu lewat lapor.go.id bisa tanpa nama ga",
    ["pengaduan-lapor"], "anonymous public complaint", "online")
ins("akte anak sy cuma ada nama ibunya, bapaknya mau ngakuin, gmn caranya",
    ["pengakuan-anak"], "add father's name via acknowledgement", "steps")
ins("mau adopsi anak dr panti, umur sy 57, masih boleh?",
    ["pengangkatan-anak"], "adoption age limit", "eligibility")
ins("bulan lalu baru selesai isbat, akte anak mau ditambah nama bapaknya, ada batas waktunya ga",
    ["pengesahan-anak"], "deadline for child legitimation", "duration")
ins("ketipu beli hp di fb marketplace, udh tf 3 juta. gmn biar rekening penipunya diblokir",
    ["penipuan-online"], "block scammer bank account", "steps")
ins("udh pegang skpwni dr klaten, skrg di bandung lanjutannya apa",
    ["pindah-datang"], "register arrival at new city", "steps")
ins("mau pindah ktp ke kota lain, hrs pulang dulu ke daerah asal ga",
    ["pindah-keluar-skpwni"], "moving certificate from origin", "place")
ins("mau kuliah s2 di belanda 2 taun, wajib ngabarin dukcapil ga sebelum berangkat",
    ["pindah-luar-negeri"], "report moving abroad for study", "eligibility")
ins("pip anak smp setahun dapet brp",
    ["pip"], "pip amount junior high", "cost")
ins("kpr udh lunas, roya di bpn bayar brp",
    ["roya"], "mortgage release fee", "cost")
ins("usaha keripik tempe rumahan pengen label halal yg gratis, daftarnya lewat apa",
    ["sertifikat-halal-self-declare"], "free halal certificate for micro business", "online")
ins("sertifikat tanah kertas punya bapak wajib dituker ke elektronik ga? takut ga berlaku",
    ["sertifikat-tanah-elektronik"], "paper land certificate still valid", "validity")
ins("sertifikat rumah ilang, bikin penggantinya makan waktu brp lama",
    ["sertifikat-tanah-hilang"], "time to replace lost land certificate", "duration")
ins("ikut ptsl di desa ditarik biaya, sebenernya boleh brp",
    ["sertifikat-tanah-ptsl"], "allowed ptsl preparation fee", "cost")
ins("ngurus sim motor yg pertama total habisnya brp",
    ["sim-baru"], "new motorcycle license fee", "cost")
ins("sim a ilang, harus ujian ulang ga",
    ["sim-hilang-rusak"], "replace lost driving license", "steps")
ins("sim internasional masa berlakunya brp taun",
    ["sim-internasional"], "international permit validity", "validity")
ins("perpanjang sim lewat hp bisa?",
    ["sim-perpanjangan"], "renew driving license online", "online")
ins("skck buat ngelamar kerja bikinnya di polsek apa polres",
    ["skck-baru"], "where to get police certificate for job", "place")
ins("skck sy expired dr agustus, skrg masih bisa perpanjang atau hrs bikin baru",
    ["skck-perpanjangan"], "renew expired police certificate", "validity")
ins("butuh sktm utk keringanan biaya rs, ke kelurahan bawa apa",
    ["sktm"], "low-income letter documents", "documents")
ins("anak umur 6 taun 3 bulan bisa daftar sd negeri ga",
    ["spmb-sekolah"], "primary school age requirement", "eligibility")
ins("izin pirt buat sambel botolan caranya gmn",
    ["spp-irt"], "home food production permit", "steps")
ins("lapor spt karyawan batasnya tgl brp",
    ["spt-tahunan"], "annual tax return deadline", "duration")
ins("stnk motor ilang, bpkb masih dipegang leasing, bisa diurus?",
    ["stnk-hilang"], "replace lost stnk while bpkb at leasing", "documents")
ins("ganti stnk 5 taunan motornya hrs dibawa ga",
    ["stnk-lima-tahunan"], "five-year stnk renewal physical check", "steps")
ins("bikin surat keterangan waris di kelurahan syaratnya apa aja",
    ["surat-ahli-waris"], "heir certificate documents", "documents")
ins("anak kos mau bikin surat domisili buat kerja, ke kelurahan yg mana, alamat ktp apa kos",
    ["surat-domisili"], "where to get residence letter", "place")
ins("ngurus surat hilang ke polsek ada biayanya ga",
    ["surat-kehilangan-polisi"], "police loss report fee", "cost")
ins("minta surat pengantar rt caranya gmn, bawa apa",
    ["surat-pengantar-rt-rw"], "neighbourhood cover letter", "steps")
ins("dapet surat etle ke rumah, bayarnya gmn",
    ["tilang-elektronik-etle"], "pay electronic traffic fine", "steps")
ins("kami sekeluarga susah, bansos ga pernah dapet, cara ngusulin diri gmn",
    ["usulan-bansos-dtsen"], "propose family for social assistance", "steps")
# extra in_scope: short queries, regional languages, formal, stories
ins("skck", ["skck-baru"], "police certificate", "overview")
ins("paspor", ["paspor-baru"], "passport", "overview")
ins("npwp", ["npwp-pribadi"], "tax id", "overview")
ins("pbb", ["pbb-p2"], "property tax", "overview")
ins("mas, aku arep ngurus akta lair anakku sing lair minggu wingi, kudu nggowo opo wae?",
    ["akta-kelahiran"], "birth certificate documents (javanese)", "documents")
ins("bapakku seda sasi wingi, arep nyairke jht-ne, ahli waris kudu nggowo opo",
    ["bpjs-ketenagakerjaan-jht"], "heir claims jht of deceased father", "documents")
ins("punten, abdi bade ngadamel sim c, sabaraha biayana?",
    ["sim-baru"], "new motorcycle license fee (sundanese)", "cost")
ins("kumaha carana ngadaptarkeun bpjs kesehatan mandiri sakulawarga?",
    ["bpjs-kesehatan-mandiri"], "register family in self-paid bpjs", "steps")
ins("Selamat siang. Kami baru mendirikan yayasan pendidikan dan ingin mendaftarkan NPWP atas nama yayasan. Dokumen apa saja yang perlu disiapkan?",
    ["npwp-badan"], "tax id for foundation", "documents")
ins("Mohon informasi, berapa lama Kantor Pertanahan memproses pencoretan hak tanggungan setelah berkas diterima?",
    ["roya"], "mortgage release processing time", "duration")
ins("sy kerja di pabrik sepatu tangerang, kemarin tangan kejepit mesin press sampe dijahit 10. hrd nyuruh urus sendiri. klaimnya gmn ya",
    ["bpjs-tk-jkk"], "claim work accident", "steps")
ins("ibu sy 70 taun mau kontrol ke rs tp bpjs nya nonaktif krn ga dibayar dr 2021. biar aktif lg gmn",
    ["bpjs-kesehatan-reaktivasi"], "reactivate lapsed bpjs", "steps")
ins("motor udh sy jual ke org garut 2 taun lalu, tiba2 dapet surat tilang kamera ke rumah. sy hrs gmn",
    ["tilang-elektronik-etle", "lapor-jual-kendaraan"], "etle fine for sold motorbike", "steps")
ins("akta anak salah tanggal lahir, harusnya 12 malah ketulis 21",
    ["akta-pembetulan"], "fix wrong date in birth certificate", "steps")
ins("ktp chipnya ga kebaca di bank, gantinya brp hari",
    ["ktp-el-rusak"], "replace id card with broken chip", "duration")
ins("ganti plat nomor motor pas 5 taunan biayanya brp",
    ["stnk-lima-tahunan"], "plate replacement fee", "cost")
ins("anak sy 13 taun boleh didaftarin haji?",
    ["pendaftaran-haji"], "minimum age hajj registration", "eligibility")
ins("suami bule sy pegang itas, boleh kerja di bali ga?",
    ["izin-tinggal-pasangan-wna"], "foreign spouse right to work", "eligibility")
ins("sertifikat tanah ayah ikut hangus pas rumah kebakaran, penggantinya hrs diumumin di koran ya?",
    ["sertifikat-tanah-hilang"], "replace burnt land certificate", "steps")
ins("saldo dana sy kekuras abis klik apk undangan nikahan di wa, hrs ngapain",
    ["penipuan-online"], "e-wallet drained by apk scam", "steps")
ins("kehilangan tas di angkot, isinya ktp sim sama buku tabungan. pertama ngurus apa dulu",
    ["surat-kehilangan-polisi"], "first step after losing documents", "steps")
ins("kartu kuning berlakunya brp lama",
    ["kartu-kuning-ak1"], "job seeker card validity", "validity")
ins("jkp", ["bpjs-tk-jkp"], "job loss benefit", "overview")
ins("ktp digital", ["ikd"], "digital id", "overview")
ins("pemilu nanti sy kerja di batam, ktp medan, bisa nyoblos di batam?",
    ["cek-dpt-pemilih"], "vote away from registered address", "steps")
ins("balik nama motor seken tp pemilik lama udh ga bisa dihubungi, ktp nya ga ada, bisa?",
    ["balik-nama-kendaraan"], "transfer without seller id", "documents")
ins("mau perpanjang skck, pendaftarannya bisa lewat web dulu?",
    ["skck-perpanjangan"], "renew police certificate online", "online")
ins("itsbat nikah biaya di PA brp, kalo ga mampu gmn",
    ["itsbat-nikah"], "cost of marriage validation", "cost")
ins("anak mau masuk smp lewat jalur afirmasi, syaratnya apa",
    ["spmb-sekolah"], "affirmation track requirements", "documents")

# ---------------------------------------------------------------- near_miss
near("syarat bikin sim b1 buat sopir truk", "truck driving license", "documents")
near("akte kelahiran anak mau diterjemahin ke bhs inggris tersumpah, dmn ya", "sworn translation of birth certificate", "place")
near("buku nikah mau dilegalisir buat ngurus visa ke saudi, ke mana", "legalize marriage book", "place")
near("bpjs kesehatan bisa dipake pas berobat di penang malaysia ga", "bpjs coverage abroad", "place")
near("klaim jasa raharja kecelakaan motor pas liburan, bukan pas kerja, gmn", "traffic accident insurance claim", "steps")
near("sy mau lepas wni jadi warga negara jepang, prosedurnya apa", "renounce indonesian citizenship", "steps")
near("pabrik roti sy pake mesin otomatis, karyawan 60, sertifikat halalnya gmn (bukan yg gratis)", "regular halal certification for factory", "steps")
near("cara daftar izin edar bpom md buat nugget frozen buatan rumah", "bpom md permit for frozen food", "steps")
near("desa sy ga masuk ptsl, bikin sertifikat tanah dari girik biayanya brp di bpn", "regular first land registration cost", "cost")
near("surat keterangan belum menikah buat syarat kerja, dibuat dmn", "single status letter", "place")
near("bikin surat keterangan usaha dr kelurahan buat pengajuan kur", "business letter from village", "documents")
near("kip kuliah bisa buat s2 ga", "kip kuliah for master's degree", "eligibility")
near("daftar beasiswa lpdp syaratnya", "lpdp scholarship", "documents")
near("daftar umroh lewat kemenag bisa?", "umrah registration", "steps")
near("haji furoda daftarnya dmn, biar ga antri", "furoda hajj", "place")
near("syarat visa schengen buat jalan2 ke prancis", "schengen visa", "documents")
near("sim c1 buat motor 500cc tesnya gmn", "big motorcycle license", "steps")
near("balik nama kapal motor nelayan ke nama sy", "fishing boat ownership transfer", "steps")
near("take over kpr dari teman, sertifikat masih di bank, balik namanya gmn", "mortgage take-over title transfer", "steps")
near("cek bpkb asli atau palsu lewat online bisa?", "verify bpkb authenticity online", "online")
near("pensiun pns taspen cairnya kapan", "civil servant pension taspen", "duration")
near("hp dicuri, cara blokir imei nya", "block stolen phone imei", "steps")
near("nik sy dipake org buat daftar 6 nomor hp, cara hapusnya", "remove sim cards registered with my nik", "steps")
near("nikah beda agama islam-kristen bisa dicatat di dukcapil?", "interfaith marriage registration", "eligibility")
near("kami nikah di singapura, pulang ke indo lapor pernikahannya gmn", "report marriage held abroad", "steps")
near("mau rujuk sama istri setelah talak satu, ke kua bawa apa", "reconciliation after talak", "documents")
near("anak perempuan sy 17 taun mau nikah, ngurus dispensasi kawin di PA gmn", "child marriage dispensation", "steps")
near("suami hilang di laut 3 tahun ga ketemu, akta kematiannya bisa dibuat?", "death certificate for missing person", "eligibility")
near("karyawan asing di kantor sy butuh kitas kerja, ngurusnya gmn", "work kitas for employee", "steps")
near("izin pasang baliho reklame di depan toko ke dinas apa", "billboard permit", "place")
near("cara urus slf buat ruko yg baru selesai dibangun", "certificate of building function", "steps")
near("pajak progresif motor kedua di jateng berapa persen", "progressive vehicle tax rate", "cost")
near("surat bebas narkoba buat daftar cpns bikin dmn", "drug-free certificate", "place")
near("kartu bpjs ketenagakerjaan fisik sy ilang, cetak ulang gmn", "reprint bpjs tk card", "steps")
near("bpum blt umkm 2,4 juta masih ada ga taun ini", "micro business cash aid", "eligibility")
near("token listrik gratis dr pln daftarnya gmn", "free electricity token", "steps")
near("bantuan bedah rumah rutilahu cara daftarnya", "home renovation aid", "steps")
near("anak mau pindah dari sd swasta ke sd negeri pas tengah semester, caranya", "mid-year school transfer", "steps")
near("daftar tk negeri minimal umur brp", "kindergarten admission age", "eligibility")
near("mau ikut ujian paket c umur 30, daftarnya ke mana", "register for equivalency exam", "place")
near("mau naik kelas rawat bpjs ke vip, bayar selisihnya brp", "bpjs room upgrade cost", "cost")
near("minta rujukan bpjs ke rs di kota lain bisa?", "bpjs referral to other city hospital", "other")
near("sim sy ditahan polisi pas razia (bukan etle), ambilnya di kejaksaan gmn", "retrieve license seized in manual ticket", "steps")
near("motor ditarik debt collector di jalan, itu boleh?", "vehicle repossession by debt collector", "other")
near("syarat sim d buat penyandang disabilitas", "driving license for disabled", "documents")
near("sy wna jepang istri juga wna, anak lahir di bali, akta lahirnya gmn", "birth registration for foreign parents", "steps")
near("mau wakafin tanah buat musala, akta ikrar wakaf ngurusnya dmn", "land endowment deed", "place")
near("sertifikat rumah masih hgb mau ditingkatkan jadi shm gmn", "upgrade hgb to shm", "steps")
near("dompet ilang waktu liburan di osaka, surat kehilangannya dr mana", "loss report abroad", "place")
near("sy pmi di malaysia butuh skck buat perpanjang permit, bisa dr sini?", "police certificate from abroad", "place")
near("perpanjang paspor di kbri tokyo bisa? sy lagi magang kerja di sini", "renew passport at embassy abroad", "place")
near("sim indonesia bisa dituker jadi sim jepang?", "convert license to japanese", "other")
near("akta cerai dr pengadilan agama ilang, minta salinan lagi gmn", "replace lost islamic divorce certificate", "steps")
near("luas tanah di sertifikat beda sama hasil ukur ulang, ralatnya ke bpn gmn", "correct land area on certificate", "steps")
near("daftar merek dagang buat produk keripik sy gmn", "trademark registration", "steps")
near("bikin pt perorangan lewat ahu caranya", "individual company establishment", "steps")
near("pajak umkm 0,5 persen bayarnya gmn", "msme final tax payment", "steps")
near("kartu kks buat ambil pkh ilang, ganti ke mana", "replace lost welfare card", "place")
near("bpjs kesehatan mandiri bisa buat wna yg pegang kitas?", "bpjs for foreigner", "eligibility")
near("pirt buat usaha katering nasi kotak bisa?", "permit for catering business", "eligibility")
near("paspor dinas buat pns yg tugas ke luar negeri ngurusnya gmn", "official service passport", "steps")
near("itsbat nikah kami ditolak hakim, mau banding gmn", "appeal rejected marriage validation", "steps")
near("mau cabut laporan polisi karna udh damai, caranya", "withdraw police report", "steps")
near("sertifikat ptsl udh jadi tapi nama sy salah ketik, benerinnya", "fix name typo on land certificate", "steps")
near("kontrak kerja sy habis sesuai jadwal, bisa dapet jkp?", "job loss benefit for ended contract", "eligibility")
near("ibu sy warga malaysia mau tinggal sama sy di indo, izin tinggalnya apa", "residence permit for foreign parent", "eligibility")
near("sengketa batas tanah sama tetangga, mediasi di bpn gmn", "land boundary dispute mediation", "steps")
near("stnk mau ganti warna karena motor dicat ulang, di samsat gmn", "change vehicle colour registration", "steps")
near("bikin surat keterangan ghaib di desa syaratnya apa", "letter of absent spouse", "documents")
near("udh ganti nama lewat pengadilan, nama di ijazah sma gimana ngubahnya", "change name on diploma", "steps")

# ---------------------------------------------------------------- off_topic
off("halo", "greeting")
off("assalamualaikum min", "greeting")
off("pagi kak", "greeting")
off("makasih ya min, sangat membantu", "thanks")
off("wkwkwk", "laughter")
off("bot bego, ga ngerti2", "insult")
off("kamu manusia apa robot sih", "ask about bot")
off("siapa presiden indonesia sekarang", "general knowledge")
off("resep rendang padang yg empuk gmn", "recipe")
off("cuaca jakarta besok hujan ga", "weather")
off("skor timnas semalem brp", "sports score")
off("1+1 berapa", "arithmetic")
off("tolong bikinin pantun buat pacar", "poem request")
off("harga emas antam hari ini", "gold price")
off("kapan lebaran 2027", "holiday date")
off("rekomendasi hp 2 jutaan buat ojol", "phone recommendation")
off("test", "test message")
off("p", "ping")
off("min lagi sibuk ga", "small talk")
off("ok", "acknowledgement")
off("hehe", "laughter")
off("anjir lama bgt balesnya", "insult")
off("kamu pake ai apa", "ask about bot")
off("cara daftar cpns 2027", "civil servant recruitment")
off("jadwal krl bogor jakarta pagi", "train schedule")
off("tarif listrik per kwh 1300 va brp", "electricity tariff")
off("arti mimpi digigit ular", "dream meaning")
off("terjemahin 'selamat pagi' ke bahasa korea", "translation")
off("saham bbca bakal naik ga", "stock advice")
off("kode pos cilandak barat", "postal code")
off("ganjil genap jakarta berlaku jam brp", "odd-even traffic rule")
off("jadwal imsak hari ini di semarang", "prayer schedule")
off("lagu indonesia raya ciptaan siapa", "general knowledge")
off("cara bikin akun tiktok", "social media")
off("jadwal imunisasi bayi umur 2 bulan", "immunization schedule")
off("sugeng enjing lur", "greeting javanese")
off("wilujeng sonten", "greeting sundanese")
off("kamu jomblo ga", "small talk")
off("lowongan kerja bumn terbaru", "job vacancy")
off("cara main mobile legends biar menang", "game tips")

# ---------------------------------------------------------------- follow_up
fu("anak sy baru 17 taun, bikin ktp pertama gmn", "kalo ilang gmn?",
   ["ktp-el-hilang"], "lost id card", "steps")
fu("sim c baru persyaratannya apa", "biayanya brp",
   ["sim-baru"], "new license fee", "cost")
fu("gmn ikut bpjs kesehatan bayar sendiri", "bisa lewat hp?",
   ["bpjs-kesehatan-mandiri"], "register bpjs online", "online")
fu("paspor baru syaratnya apa", "brp hari jadinya",
   ["paspor-baru"], "passport processing time", "duration")
fu("bayi baru lahir, bikin akte bawa apa", "kalo udh lewat 3 bulan?",
   ["akta-kelahiran-terlambat"], "late birth registration", "other")
fu("stnk motor ilang gmn ngurusnya", "kalo bpkb nya jg ilang?",
   ["bpkb-hilang"], "lost bpkb", "steps")
fu("syarat skck baru apa", "kalo perpanjang?",
   ["skck-perpanjangan"], "renew police certificate", "documents")
fu("jht mau dicairin lewat jmo gmn", "yg jkp gmn",
   ["bpjs-tk-jkp"], "job loss benefit claim", "steps")
fu("bikin nib buat usaha kue", "trs pirt nya?",
   ["spp-irt"], "home food permit", "steps")
fu("nikah di kua syaratnya apa aja", "abis itu kk nya gmn",
   ["kk-baru-menikah"], "family card after marriage", "steps")
fu("bapak meninggal, urus akta kematian gmn", "surat warisnya?",
   ["surat-ahli-waris"], "heir certificate", "steps")
fu("balik nama motor seken caranya", "kalo platnya luar provinsi?",
   ["mutasi-kendaraan"], "vehicle transfer between provinces", "steps")
fu("gmn cek nama dapet bansos", "kalo ga kedaftar?",
   ["usulan-bansos-dtsen"], "apply for social assistance", "steps")
fu("mau pindah ktp ke kota lain", "di kota tujuan ngapain?",
   ["pindah-datang"], "arrival registration", "steps")
fu("sertifikat tanah ilang ngurusnya gmn", "brp lama?",
   ["sertifikat-tanah-hilang"], "replacement duration", "duration")
fu("kpr lunas, roya ngurusnya gmn", "bisa online ga",
   ["roya"], "electronic roya", "online")
fu("cara pindah faskes bpjs", "berlakunya kapan?",
   ["bpjs-kesehatan-pindah-faskes"], "when new clinic applies", "duration")
fu("syarat perpanjang sim a", "kalo udh mati?",
   ["sim-baru", "sim-perpanjangan"], "expired license", "eligibility")
fu("itsbat nikah gmn caranya", "trs akte anaknya?",
   ["pengesahan-anak"], "child legitimation after isbat", "steps")
fu("abis di phk bpjs kesehatan sy gmn", "jkp bisa sekalian?",
   ["bpjs-tk-jkp"], "job loss benefit", "eligibility")
fu("bikin npwp pribadi online", "lapor sptnya kapan",
   ["spt-tahunan"], "tax return deadline", "duration")
fu("ktp ilang mau cetak ulang", "surat polisinya dmn?",
   ["surat-kehilangan-polisi"], "where to get police loss report", "place")
fu("mau ndaftar haji yg reguler, alurnya gmn", "kalo umroh?",
   [], "umrah registration", "steps")
fu("mau ngurus sim motor pertama, apa aja yg disiapin", "kalo sim b1?",
   [], "truck license", "documents")
fu("paspor ilang gmn", "kalo ilangnya di luar negeri?",
   ["paspor-hilang-rusak"], "passport lost abroad", "place")
fu("anak sd mau diusulin pip gmn", "kalo udh kuliah?",
   ["kip-kuliah"], "college aid", "eligibility")
fu("syarat pengakuan anak apa", "telat lapor kena denda?",
   ["pengakuan-anak"], "late acknowledgement penalty", "penalty")
fu("daftar halal self declare gmn", "hrs punya nib dulu?",
   ["sertifikat-halal-self-declare", "nib-oss"], "nib prerequisite for halal", "documents")
fu("pajak tahunan motor bayarnya dmn", "yg 5 taunan?",
   ["stnk-lima-tahunan"], "five-year stnk renewal", "steps")
fu("kk ilang gmn cetak ulang", "akte jg ikut ilang",
   ["akta-kelahiran-hilang-rusak"], "lost birth certificate", "steps")
fu("bikin sktm di kelurahan", "bisa buat dapet pengacara gratis?",
   ["bantuan-hukum-gratis"], "free legal aid with sktm", "eligibility")
fu("ketipu online udh transfer, gmn", "lapor polisinya bawa apa",
   ["laporan-polisi", "penipuan-online"], "police report documents", "documents")
fu("istri wna mau urus itas", "ktp nya gmn?",
   ["dokumen-kependudukan-wna"], "id card for foreign spouse", "documents")
fu("istri sy mau pisah resmi lewat PA, gmn prosesnya", "ongkosnya brp",
   ["cerai-pengadilan-agama"], "divorce court fee", "cost")
fu("daftar kartu kuning dmn", "prakerja sekalian bisa?",
   ["kartu-prakerja"], "prakerja registration", "steps")

# ---------------------------------------------------------------- english
en("How do I renew my passport in Indonesia?", ["paspor-baru"], "passport renewal", "steps")
en("I lost my KTP, what should I do?", ["ktp-el-hilang"], "lost id card", "steps")
en("My wife is Indonesian. How can I get a spouse KITAS?", ["izin-tinggal-pasangan-wna"], "spouse residence permit", "steps")
en("How much does an international driving permit cost?", ["sim-internasional"], "international permit fee", "cost")
en("Is there a fee for getting a birth certificate for my baby?", ["akta-kelahiran"], "birth certificate fee", "cost")
en("how to get npwp online", ["npwp-pribadi"], "personal tax id online", "online")
en("I got scammed on Instagram and already transferred the money. Can I get it back?", ["penipuan-online"], "recover money from scam", "steps")
en("Can a foreigner with a KITAP get an Indonesian ID card?", ["dokumen-kependudukan-wna"], "id card for kitap holder", "eligibility")
en("Our daughter has dual citizenship. By what age must she choose?", ["kewarganegaraan-ganda-anak"], "deadline to choose citizenship", "duration")
en("How do I report a theft to the police?", ["laporan-polisi"], "report crime", "steps")
en("What documents do I need for a police clearance certificate (SKCK)?", ["skck-baru"], "police certificate documents", "documents")
en("Can I pay my annual motorbike tax online?", ["pajak-kendaraan-tahunan"], "pay vehicle tax online", "online")
en("My brother is Indonesian and died in Saudi Arabia. How do we bring his body home?", ["kematian-luar-negeri"], "repatriate body", "steps")
en("Is there free legal aid for poor people?", ["bantuan-hukum-gratis"], "free legal aid", "overview")
en("How do I register a small business and get an NIB?", ["nib-oss"], "business registration", "steps")
en("How long does it take to replace a lost land certificate?", ["sertifikat-tanah-hilang"], "land certificate replacement time", "duration")
en("How do I extend my tourist visa in Bali?", [], "tourist visa extension", "steps")
en("Where can I buy a local SIM card at the airport?", [], "buy phone sim card", "place")
en("How does my company sponsor a work KITAS for a foreign employee?", [], "work permit for employee", "steps")
en("Can I apply for a golden visa as an investor?", [], "investor golden visa", "eligibility")

# ---------------------------------------------------------------- complaint
cp("udah 3 minggu ktp ga jadi2, tiap ke dukcapil alasannya blangko habis. capek bolak balik",
   ["pengaduan-lapor"], "id card delayed", "duration")
cp("petugas kelurahan minta 50rb buat surat domisili, katanya uang administrasi. emang gitu?",
   ["pengaduan-lapor"], "illegal fee for residence letter", "cost")
cp("beli motor seken, di samsat disuruh bayar bbn 2 hampir sejuta, katanya aturannya udh dihapus??",
   ["pengaduan-lapor", "balik-nama-kendaraan"], "charged abolished bbn ii", "cost")
cp("lbh yg katanya gratis malah minta uang transport 2 juta ke sy",
   ["pengaduan-lapor", "bantuan-hukum-gratis"], "legal aid asked for money", "cost")
cp("sekolah minta 300rb buat bikin pengganti ijazah sy yg ilang, padahal katanya gratis",
   ["pengaduan-lapor", "ijazah-hilang"], "fee for replacement diploma", "cost")
cp("minta surat ket hilang di polsek malah dimintain seikhlasnya tp maksa, ga ngasih ga dilayani",
   ["pengaduan-lapor", "surat-kehilangan-polisi"], "money asked for loss report", "cost")
cp("laporan motor dicuri udh 4 bulan ga ada kabar sama sekali dr penyidik, ditelpon ga diangkat",
   ["pengaduan-lapor", "laporan-polisi"], "police report not followed up", "other")
cp("dana pip anak sy dipotong 100rb sama sekolah katanya buat uang kas",
   ["pengaduan-lapor", "pip"], "school cuts pip funds", "cost")
cp("pak rt gamau kasih surat pengantar kalo iuran sampah 6 bulan blm lunas",
   ["pengaduan-lapor", "surat-pengantar-rt-rw"], "rt withholds cover letter", "other")
cp("gaji tiap bulan dipotong buat bpjs kesehatan tp pas dicek ternyata kantor ga pernah daftarin sy",
   ["pengaduan-lapor", "bpjs-kesehatan-pekerja"], "employer did not register bpjs", "other")
cp("ada oknum nawarin kursi smp negeri 5 juta, ortu lain pada bayar. ga adil buat yg jujur",
   ["pengaduan-lapor", "spmb-sekolah"], "school seat selling", "other")
cp("sponsor minta uang 15 juta buat berangkatin adik sy ke taiwan, katanya biaya proses",
   ["pengaduan-lapor", "paspor-pmi"], "migrant worker placement fee", "cost")
cp("panitia ptsl di desa narik 1,5 juta per bidang, kok mahal bgt",
   ["pengaduan-lapor"], "excessive ptsl fee", "cost")
cp("jalan depan rumah bolong gede udh setaun ga dibenerin, kemarin ada yg jatoh dr motor",
   ["pengaduan-lapor"], "damaged road", "other")
cp("lampu jalan di gang kami mati sebulan, gelap bgt rawan maling",
   ["pengaduan-lapor"], "street light out", "other")
cp("mau komplain petugas loket samsat, ditanya baik2 malah dibentak",
   ["pengaduan-lapor"], "rude officer", "other")
cp("antri di kantor imigrasi dr jam 6 pagi, sistem error terus, ga ada kejelasan sampe sore",
   ["pengaduan-lapor"], "immigration office delay", "duration")
cp("penghulu minta amplop sejuta padahal akadnya di kua jam kerja",
   ["pengaduan-lapor"], "illegal wedding fee", "cost")
cp("acara dangdutan kampung kami dimintai 2 juta sama oknum buat izin keramaian",
   ["pengaduan-lapor", "izin-keramaian"], "bribe for event permit", "cost")
cp("nama sy dicoret dr bansos, tp tetangga yg punya mobil 2 malah dapet terus",
   ["pengaduan-lapor", "usulan-bansos-dtsen"], "unfair social assistance recipients", "other")
cp("rs nolak pasien bpjs ibu sy dgn alasan kamar penuh, padahal keluarga pasien lain bilang ada yg kosong",
   ["pengaduan-lapor"], "hospital refuses bpjs patient", "other")
cp("udh 2 bulan nunggu bpkb hasil balik nama blm jadi juga, tiap ditanya cuma disuruh sabar",
   ["pengaduan-lapor"], "bpkb delayed", "duration")
cp("Dengan hormat, saya keberatan atas sikap oknum Disdukcapil yang meminta biaya percepatan untuk penerbitan akta kelahiran anak saya. Ke mana saya menyampaikan hal ini?",
   ["pengaduan-lapor"], "illegal acceleration fee at dukcapil", "cost")
cp("pak lurah njaluk duit 200 ewu kanggo sktm, jarene ben cepet rampung",
   ["pengaduan-lapor"], "village head asks money for sktm", "cost")
cp("ternyata perusahaan ga pernah daftarin sy ke bpjs tk, pas kecelakaan kerja rs malah nyuruh bayar sendiri",
   ["pengaduan-lapor", "bpjs-tk-jkk"], "employer did not register work injury insurance", "other")

# ---------------------------------------------------------------- write
random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} rows to {OUT}")

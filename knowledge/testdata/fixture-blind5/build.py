#!/usr/bin/env python3
"""Held-out blind question set (fixture-blind5). Every question is written by hand below;
the script only collects the rows, shuffles them with random.Random(SEED) and writes questions.jsonl."""
import json, os, random

SEED = 20261311
ROWS = []


def row(q, ids, group, need, aspect, prev=""):
    ROWS.append({"q": q, "ids": list(ids), "new_ids": [], "group": group,
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


# ---------------------------------------------------------------- in_scope (110)
# akta-kelahiran-hilang
I("akte lahir sy ilang pas pindahan kontrakan, bs minta dicetak lg ga ya", ["akta-kelahiran-hilang"], "reprint lost birth certificate", "steps")
I("akta kelahiran anak dimakan rayap separo, kalo ngurus gantinya brp hari", ["akta-kelahiran-hilang"], "replace damaged birth certificate time", "duration")
# akta-kelahiran-terlambat
I("bapak sy umur 58 blm pernah punya akte lahir samsek, skrg msh bisa dibikinin?", ["akta-kelahiran-terlambat"], "birth certificate for adult", "eligibility")
I("anak udh 2 taun baru mau diurus aktenya, kena denda ga min", ["akta-kelahiran-terlambat"], "late birth certificate fine", "penalty")
I("akte telat lebih dr setahun apa hrs sidang di pengadilan negeri dulu?", ["akta-kelahiran-terlambat"], "late birth registration court needed", "steps")
# akta-kelahiran
I("baru lahiran di RSUD kmrn, bikin akte bayi bawa apa aja kak", ["akta-kelahiran"], "newborn birth certificate documents", "documents")
I("nikahnya siri jd blm ada buku nikah, anak tetep bisa dibuatin akte?", ["akta-kelahiran"], "birth certificate without marriage book", "documents")
# akta-kematian
I("mbah putri wafat minggu lalu di rumah, akte kematiannya ngurus dmn ya", ["akta-kematian"], "death certificate where", "place")
I("Sugeng enjing, bapak kulo seda wingi. Damel akta kematian niku pripun nggih?", ["akta-kematian"], "death certificate how (Javanese)", "steps")
# akta-perceraian
I("sy kristen, udh putus cerai di PN surabaya. akte cerainya trs gmn ngurusnya", ["akta-perceraian"], "divorce certificate non-muslim", "steps")
I("akta cerai dr pengadilan agama udh pegang tp di ktp msh tertulis kawin, gmn", ["akta-perceraian", "ktp-el-perubahan-data"], "update marital status after divorce", "steps")
# akta-perkawinan-nonmuslim
I("kami baru pemberkatan di gereja bulan lalu, pencatatan ke capil bawa berkas apa", ["akta-perkawinan-nonmuslim"], "church marriage civil registration documents", "documents")
I("nikah secara hindu di pura, akta perkawinannya dibuat di kantor mana", ["akta-perkawinan-nonmuslim"], "hindu marriage certificate where", "place")
# balik-nama-kendaraan
I("beli motor second dr temen kantor, mau ganti nama stnk sm bpkb caranya gmn", ["balik-nama-kendaraan"], "transfer used motorbike ownership", "steps")
I("abis beli mobil seken, pas ganti nama msh kena bbn 2 ga?", ["balik-nama-kendaraan"], "used car transfer tax", "cost")
I("beli avanza plat B, sy tinggal di semarang. balik namanya hrs cabut berkas dulu?", ["balik-nama-kendaraan"], "transfer vehicle from other province", "steps")
# balik-nama-sertifikat-tanah
I("beli tanah kavling 200 juta, pajak yg ditanggung pembeli brp persen ya", ["balik-nama-sertifikat-tanah"], "land purchase buyer tax", "cost")
I("ngurus ajb itu ke notaris dulu atau langsung ke bpn?", ["balik-nama-sertifikat-tanah"], "land sale deed where", "place")
# bpjs-kesehatan-mandiri
I("daftar bpjs kesehatan sendiri buat sekeluarga bisa lewat hp?", ["bpjs-kesehatan-mandiri"], "register independent bpjs online", "online")
I("iuran bpjs kelas 2 sebulan skrg brp", ["bpjs-kesehatan-mandiri"], "bpjs class 2 premium", "cost")
# bpjs-kesehatan-pbi
I("gmn caranya dapet bpjs yg dibayarin pemerintah? sy buruh tani penghasilan ga tentu", ["bpjs-kesehatan-pbi"], "get government-paid bpjs", "steps")
I("kis pbi ibu sy tiba2 ga aktif pas mau kontrol, padahal kami msh susah", ["bpjs-kesehatan-pbi", "bpjs-kesehatan-reaktivasi"], "reactivate deactivated pbi", "steps")
# bpjs-kesehatan-pindah-faskes
I("mau ganti puskesmas bpjs ke klinik deket kantor, bisa dr aplikasi?", ["bpjs-kesehatan-pindah-faskes"], "change primary clinic online", "online")
I("pindah faskes berlakunya mulai kapan", ["bpjs-kesehatan-pindah-faskes"], "clinic change effective date", "duration")
# bpjs-kesehatan-reaktivasi
I("bpjs mandiri nunggak 8 bulan, biar aktif lg hrs lunasin semua?", ["bpjs-kesehatan-reaktivasi"], "reactivate bpjs arrears", "cost")
I("kalo abis bayar tunggakan trs lgsg opname, dendanya diitung gmn", ["bpjs-kesehatan-reaktivasi"], "bpjs inpatient penalty after arrears", "penalty")
I("bpjs sy mati gara2 resign dr pabrik, gmn biar nyala lg", ["bpjs-kesehatan-reaktivasi"], "reactivate bpjs after quitting job", "steps")
# bpjs-ketenagakerjaan-jht
I("resign akhir bulan kmrn, jht baru bisa dicairin kapan", ["bpjs-ketenagakerjaan-jht"], "jht withdrawal waiting period", "eligibility")
I("saldo jht 25 juta, bisa diklaim lewat jmo aja?", ["bpjs-ketenagakerjaan-jht"], "jht claim via app large balance", "online")
I("klaim jht", ["bpjs-ketenagakerjaan-jht"], "jht claim", "overview")
# cek-bansos
I("cara liat nama sy dapet pkh apa ngga", ["cek-bansos"], "check pkh recipient status", "steps")
I("ngecek bansos sembako pake hp gmn", ["cek-bansos"], "check bpnt online", "online")
# ikd
I("ktp digital bs diaktifin sendiri di rumah ga atau tetep ke kantor?", ["ikd"], "activate digital id remotely", "online")
I("mau pasang IKD di hp, perlu bawa apa ke dukcapil", ["ikd"], "digital id activation requirements", "documents")
# kartu-kuning-ak1
I("bikin kartu kuning buat daftar cpns syaratnya apa", ["kartu-kuning-ak1"], "job seeker card documents", "documents")
I("ak1 berlaku brp lama", ["kartu-kuning-ak1"], "job seeker card validity", "validity")
# kia
I("anak sy 7 th mau daftar sd, bikin kia perlu pas foto?", ["kia"], "child id card photo", "documents")
I("kartu identitas anak bayar ga?", ["kia"], "child id card cost", "cost")
# kk-baru
I("abis akad di kua mau bikin kk sendiri pisah dr ortu, bawa apa", ["kk-baru"], "new family card after marriage documents", "documents")
I("pengantin baru, istri ktp nya kabupaten lain. bikin kk baru perlu surat pindah?", ["kk-baru"], "new family card spouse from other regency", "documents")
# kk-hilang-rusak
I("kk kebasahan pas banjir kmrn, tulisannya luntur. gantinya gmn", ["kk-hilang-rusak"], "replace damaged family card", "steps")
I("kartu keluarga ilang perlu surat polisi ga", ["kk-hilang-rusak"], "lost family card police letter", "documents")
# kk-pisah
I("sy 25 th blm nikah, boleh punya kk sendiri tp msh serumah sm ortu?", ["kk-pisah"], "separate family card same address single", "eligibility")
I("pecah kk brp hari jadinya", ["kk-pisah"], "split family card duration", "duration")
# kk-tambah-anggota
I("keponakan mau ikut kk sy krn sekolah di sini, dia dr lampung. syaratnya apa", ["kk-tambah-anggota"], "add relative to family card", "documents")
I("bayi baru lahir cara masukin ke kk gmn", ["kk-tambah-anggota", "akta-kelahiran"], "add newborn to family card", "steps")
# ktp-el-baru
I("umur 23 blm rekam e-ktp, ada sanksinya?", ["ktp-el-baru"], "not recording id card penalty", "penalty")
I("ktp sy yg lama ada tulisan berlaku sampai 2017, perlu diperpanjang ga", ["ktp-el-baru"], "id card validity", "validity")
I("kulo badhe damel ktp, umur sampun 17. syarate nopo mawon?", ["ktp-el-baru"], "first id card documents (Javanese)", "documents")
# ktp-el-hilang
I("dompet sy kecopetan di angkot, ktp ikut ilang. ngurusnya gmn", ["ktp-el-hilang"], "replace lost id card", "steps")
I("cetak ulang ktp yg ilang bayar brp", ["ktp-el-hilang"], "lost id card cost", "cost")
# ktp-el-perubahan-data
I("nama di ktp salah 1 huruf, benerinnya bawa apa", ["ktp-el-perubahan-data"], "fix typo on id card documents", "documents")
I("abis wisuda S1 pengen gelar dicantumin di ktp, bisa?", ["ktp-el-perubahan-data"], "add degree to id card", "eligibility")
# ktp-el-rusak
I("ktp patah kelindes motor, gantinya perlu surat kehilangan ga?", ["ktp-el-rusak"], "replace broken id card documents", "documents")
I("chip e-ktp ga kebaca pas buka rekening di bank, gantinya sehari jadi?", ["ktp-el-rusak"], "replace damaged chip id card time", "duration")
# legalisir-dokumen
I("kk yg ada barcodenya msh hrs dilegalisir buat ngelamar kerja?", ["legalisir-dokumen"], "legalize qr family card", "other")
I("legalisir akte lahir lama taun 1998 dmn", ["legalisir-dokumen"], "legalize old birth certificate where", "place")
# nib-oss
I("usaha keripik rumahan mau bikin nib, caranya gmn", ["nib-oss"], "get business id number", "steps")
I("bikin nib bayar ga?", ["nib-oss"], "business id number cost", "cost")
I("nib", ["nib-oss"], "business id number", "overview")
# nikah-kua
I("kalo akadnya di rumah mempelai cewe, penghulu dateng, biayanya brp", ["nikah-kua"], "wedding at home kua fee", "cost")
I("ke kua buat daftarin nikah paling telat brp hari sblm akad", ["nikah-kua"], "kua registration lead time", "duration")
# npwp-pribadi
I("bikin npwp online skrg lewat web apa", ["npwp-pribadi"], "register tax id online", "online")
I("katanya nik udh otomatis jd npwp, trs sy perlu ngapain lg", ["npwp-pribadi"], "activate nik as tax id", "steps")
# paspor-baru
I("mau umroh taun depan, bikin paspor baru syaratnya apa", ["paspor-baru"], "new passport documents", "documents")
I("harga e-paspor brp skrg", ["paspor-baru"], "e-passport cost", "cost")
I("Punten, abdi bade ngadamel paspor kanggo damel di Jepang, kedah nyandak naon wae?", ["paspor-baru"], "new passport documents (Sundanese)", "documents")
# paspor-hilang-rusak
I("paspor anak kecemplung kolam, basah semua. gantinya kena denda?", ["paspor-hilang-rusak"], "damaged passport fine", "penalty")
I("kehilangan paspor pas mudik, biaya gantinya total brp ya", ["paspor-hilang-rusak"], "lost passport replacement cost", "cost")
# pbg-bangunan
I("mau bangun rumah 2 lantai, izinnya skrg namanya apa? msh imb?", ["pbg-bangunan"], "building permit overview", "overview")
I("Selamat siang. Mohon informasi bagaimana perhitungan retribusi Persetujuan Bangunan Gedung untuk rumah tinggal. Terima kasih.", ["pbg-bangunan"], "building permit fee calculation", "cost")
# pengaduan-lapor
I("lapor.go.id itu gmn cara pakenya", ["pengaduan-lapor"], "how to use complaint portal", "steps")
I("bisa ngadu soal pelayanan kantor pemerintah tanpa ketahuan nama sy?", ["pengaduan-lapor"], "anonymous public service complaint", "other")
# pindah-datang
I("udh pegang skpwni dr medan, skrg udh di bekasi, ngapain lg", ["pindah-datang"], "register arrival after moving", "steps")
I("ngekos di depok, mau ganti alamat ktp jd alamat kosan. perlu surat dr ibu kos?", ["pindah-datang"], "move id address to boarding house", "documents")
# pindah-keluar
I("mau pindah domisili dr klaten ke batam, surat pindahnya ngurus di mana", ["pindah-keluar"], "moving out letter where", "place")
I("bikin skpwni msh hrs minta surat dr rt rw dulu?", ["pindah-keluar"], "moving letter rt requirement", "documents")
# pip-kip
I("anak sy kelas 8, gmn taunya dapet pip atau ngga", ["pip-kip"], "check pip status", "steps")
I("pip sma setaun dapet brp", ["pip-kip"], "pip amount high school", "cost")
# sertifikat-tanah-ptsl
I("tanah warisan msh girik, pengen disertifikatin lewat program yg gratis itu", ["sertifikat-tanah-ptsl"], "land certificate via ptsl", "steps")
I("biaya ptsl di jawa tengah resminya brp", ["sertifikat-tanah-ptsl"], "ptsl official cost", "cost")
# sim-baru
I("sim motor yg baru pertama bikin, total keluar duit brp", ["sim-baru"], "new motorbike license cost", "cost")
I("anak sy 17 th bulan depan, boleh lgsg tes sim mobil?", ["sim-baru"], "minimum age car license", "eligibility")
I("tes sim", ["sim-baru"], "driving license test", "overview")
# sim-hilang-rusak
I("sim a sy jatuh di jalan ga ketemu, bikin lg mesti ujian praktik ulang ga", ["sim-hilang-rusak"], "lost license retest", "steps")
I("sim patah jd dua, ganti biayanya brp", ["sim-hilang-rusak"], "damaged license replacement cost", "cost")
# sim-perpanjangan
I("sim c abis bulan depan, bs perpanjang online?", ["sim-perpanjangan"], "renew license online", "online")
I("sim sy udh mati 3 hari, msh bisa diperpanjang?", ["sim-perpanjangan"], "renew expired license", "eligibility")
# skck-baru
I("bikin skck buat kerja ke jepang di polres atau polda?", ["skck-baru"], "police certificate for abroad where", "place")
I("pas foto skck background warna apa", ["skck-baru"], "police certificate photo", "documents")
# skck-perpanjangan
I("skck lama udh expired 4 bulan, perpanjangnya bawa apa", ["skck-perpanjangan"], "renew police certificate documents", "documents")
I("perpanjang skck hrs di polsek yg dulu ngeluarin?", ["skck-perpanjangan"], "renew police certificate where", "place")
# sktm
I("bikin surat keterangan miskin buat keringanan biaya RS, ngurus di mana", ["sktm"], "poverty letter where", "place")
I("abdi bade ngadamel sktm kanggo daptar kuliah, sarat-saratna naon wae?", ["sktm"], "poverty letter documents (Sundanese)", "documents")
# spt-tahunan
I("lupa lapor spt taun lalu, kena denda brp", ["spt-tahunan"], "late tax return fine", "penalty")
I("karyawan swasta lapor spt skrg pake apa, msh djp online?", ["spt-tahunan"], "tax return online system", "online")
# stnk-lima-tahunan
I("stnk motor udh 5 taun, ganti plat bisa online?", ["stnk-lima-tahunan"], "five-year registration online", "online")
I("ganti plat mobil biayanya brp", ["stnk-lima-tahunan"], "plate replacement cost", "cost")
# stnk-pajak-tahunan
I("bayar pajak motor taunan lewat hp pake aplikasi apa", ["stnk-pajak-tahunan"], "pay annual vehicle tax online", "online")
I("ke samsat bayar pajak taunan, bpkb ikut dibawa ga", ["stnk-pajak-tahunan"], "annual vehicle tax documents", "documents")
# surat-ahli-waris
I("bapak meninggal, mau cairin tabungan di BRI, bank minta surat ahli waris. bikinnya di mana", ["surat-ahli-waris"], "heir letter where", "place")
I("Selamat pagi, Bapak/Ibu. Saya hendak mengurus surat keterangan ahli waris untuk almarhumah ibu saya. Dokumen apa saja yang perlu disiapkan?", ["surat-ahli-waris"], "heir letter documents", "documents")
# surat-domisili
I("ktp sy garut tp kerja di bandung, perlu surat domisili buat lamaran. ngurusnya gmn", ["surat-domisili"], "domicile letter", "steps")
I("surat domisili berlaku brp lama", ["surat-domisili"], "domicile letter validity", "validity")
# surat-kehilangan-polisi
I("laporan kehilangan ke polisi dipungut biaya ga?", ["surat-kehilangan-polisi"], "police loss report cost", "cost")
I("buku tabungan ilang, surat keterangan dr polisi gmn bikinnya", ["surat-kehilangan-polisi"], "police loss report steps", "steps")
# tilang-elektronik-etle
I("dapet surat etle di rumah, foto motor sy nerobos lampu merah. bayarnya gmn", ["tilang-elektronik-etle"], "pay electronic ticket", "steps")
I("motor udh sy jual tp surat tilang kamera dtg ke alamat sy, gmn", ["tilang-elektronik-etle"], "electronic ticket sold vehicle", "other")
# usulan-bansos-dtsen
I("sy janda anak 3 blm pernah dapet bantuan apa2 dr pemerintah, daftarnya gmn", ["usulan-bansos-dtsen"], "apply for social assistance", "steps")
I("daftar dtsen bs lewat aplikasi?", ["usulan-bansos-dtsen"], "apply social data online", "online")

# ---------------------------------------------------------------- near_miss (50)
N("anak sy lahir di malaysia pas sy kerja disana, akte lahirnya ngurus gmn", "birth certificate for child born abroad", "steps")
N("mau ganti nama anak di akte lahir, dr Siti jd Sinta, prosesnya gmn", "change name on birth certificate", "steps")
N("istri sy warga filipina, bisa dimasukin ke kk sy?", "add foreign spouse to family card", "eligibility")
N("ktp ilang pas sy kerja di taiwan, ngurus gantinya dr sana gmn", "replace id card while abroad", "place")
N("bikin sim internasional dmn ya", "international driving permit", "place")
N("stnk mati 3 taun, katanya kendaraannya udh dihapus dr data. cara daftarin lg gmn", "re-register deleted vehicle", "steps")
N("motor peninggalan almarhum ayah mau dibalik nama ke sy, gmn", "transfer inherited vehicle", "steps")
N("mau pecah sertifikat tanah jadi 2 bidang buat anak2, gmn prosesnya", "split land certificate", "steps")
N("klaim jkk bpjs ketenagakerjaan kecelakaan kerja di proyek", "work accident claim", "steps")
N("msh kerja tp mau ambil 10% jht buat dp rumah, bisa?", "partial jht withdrawal while employed", "eligibility")
N("jaminan pensiun bpjstk cairnya umur brp", "bpjs pension benefit", "eligibility")
N("cara turun kelas bpjs dr kelas 1 ke kelas 3", "change bpjs class", "steps")
N("mau ganti rs rujukan bpjs dr RSUD ke RS swasta, bisa?", "change referral hospital", "steps")
N("kantor blm daftarin bpjs kesehatan karyawan, HRD nya gmn cara daftarinnya", "employer bpjs registration", "steps")
N("lembar skck sy ilang, bisa minta duplikat?", "replace lost police certificate", "steps")
N("cara daftar kartu prakerja gelombang baru", "prakerja card registration", "steps")
N("mau bikin PT perorangan buat usaha, prosesnya gmn", "establish sole proprietor company", "steps")
N("daftar npwp buat CV baru gmn", "company tax id", "steps")
N("cara lapor spt masa ppn buat pkp", "vat periodic return", "steps")
N("paspor dinas buat pns yg tugas ke luar negeri ngurusnya gmn", "service passport", "steps")
N("visa jepang syaratnya apa aja", "japan visa", "documents")
N("cara ngurus slf buat ruko yg udah jadi", "building function certificate", "steps")
N("rekening sy ditipu orang jual beli online, lapor kemana biar diblokir", "report online fraud", "place")
N("mau pindah ikut suami ke australia, ktp sm kk gmn", "moving abroad population record", "steps")
N("Mohon maaf mengganggu. Apakah kelurahan dapat menerbitkan surat keterangan belum pernah menikah, dan apa persyaratannya?", "single status letter", "documents")
N("surat keterangan usaha dr desa buat ngajuin KUR", "business certificate letter", "documents")
N("nikah beda agama islam sama kristen bisa dicatat di capil ga", "interfaith marriage registration", "eligibility")
N("isbat nikah buat nikah siri taun 2015, prosesnya di pengadilan agama gmn", "marriage legalization court", "steps")
N("udah talak satu trs mau rujuk, ngurus di kua gmn", "reconciliation after divorce", "steps")
N("cara daftar gugatan cerai di pengadilan agama sendiri tanpa pengacara", "file divorce lawsuit", "steps")
N("adopsi anak dr panti, gmn masukin ke kk kami", "add adopted child to family card", "documents")
N("suami sy WNA mau bikin ktp indonesia, bisa?", "id card for foreigner", "eligibility")
N("lupa pin ikd, resetnya gmn", "reset digital id pin", "steps")
N("ganti no hp di akun mobile jkn gmn, nomor lama udh mati", "change phone number in bpjs app", "steps")
N("kartu kks bansos ketelen atm, gmn ngurusnya", "replace welfare card", "steps")
N("KIP kuliah daftarnya gmn buat anak lulus sma", "university scholarship kip kuliah", "steps")
N("sertifikat tanah sy ilang pas rumah kebakaran, gimana ngurus gantinya", "replace lost land certificate", "steps")
N("cara ngecek sertifikat tanah asli apa palsu lewat aplikasi bpn", "verify land certificate authenticity", "online")
N("sim D buat penyandang disabilitas syaratnya apa", "disability driving license", "documents")
N("stnk motor ilang dicopet, gantinya di samsat bawa apa", "replace lost vehicle registration", "documents")
N("ditilang polisi di jalan, sim ditahan. ngambilnya di kejaksaan gmn", "manual traffic ticket", "steps")
N("cara blokir stnk motor yg udh dijual biar ga kena pajak progresif", "block sold vehicle registration", "steps")
N("legalisir ijazah sma dmn ya, sekolahnya udh tutup", "legalize school diploma", "place")
N("legalisir akte kelahiran buat dipake di belanda, apostille gmn", "apostille for abroad", "steps")
N("surat keterangan penghasilan dr kelurahan buat beasiswa, bisa?", "income statement letter", "documents")
N("motor sy dicuri di parkiran pasar, lapor polisinya gmn", "report vehicle theft", "steps")
N("bikin sertifikat halal buat usaha sambel rumahan", "halal certification", "steps")
N("izin PIRT buat jualan kue kering online", "home food production permit", "steps")
N("lupa efin pajak, gmn dapetin lg", "recover tax efin", "steps")
N("izin keramaian buat hajatan pake organ tunggal ngurus di polsek gmn", "event crowd permit", "steps")

# ---------------------------------------------------------------- off_topic (25)
O("halo min", "greeting")
O("assalamualaikum", "greeting")
O("p", "ping")
O("wkwkwk", "laughter")
O("makasih ya kak, sangat membantu", "thanks")
O("bot ga guna, jawabnya muter2", "insult")
O("kamu manusia apa robot sih", "bot identity")
O("ibukota australia apa", "general knowledge")
O("besok jakarta hujan ga", "weather")
O("resep rendang padang yg empuk gmn", "recipe")
O("daftar haji reguler skrg antri brp taun", "hajj registration")
O("formasi cpns taun ini kapan dibuka", "civil service recruitment schedule")
O("token listrik sy ga masuk padahal udh bayar", "electricity token problem")
O("kurs dolar hari ini brp", "exchange rate")
O("jadwal timnas main kapan", "football schedule")
O("pinjol yg legal apa aja", "legal online loans")
O("tes", "test message")
O("selamat malam, semoga sehat selalu ya min", "greeting")
O("ppdb smp negeri zonasi gmn caranya", "school admission")
O("lowongan kerja di cikarang ada ga", "job vacancies")
O("harga emas antam hari ini", "gold price")
O("anjir lemot bgt", "insult")
O("ceritain lelucon dong", "joke")
O("tagihan pdam bulan ini kok mahal bgt, cara ceknya gmn", "water bill")
O("nomor wa customer service shopee brp", "e-commerce contact")

# ---------------------------------------------------------------- follow_up (25)
F("mau bikin sim motor, syaratnya apa aja", "biayanya brp", ["sim-baru"], "new license cost", "cost")
F("ktp sy ilang di terminal, ngurus gmn", "kalo yg rusak gmn", ["ktp-el-rusak"], "replace damaged id card", "steps")
F("cara perpanjang sim a", "bisa lewat hp?", ["sim-perpanjangan"], "renew license online", "online")
F("mau bikin paspor buat umroh", "jadinya brp hari", ["paspor-baru"], "passport processing time", "duration")
F("kk sy sobek kena anak", "kalo ilang?", ["kk-hilang-rusak"], "replace lost family card", "documents")
F("cara bikin akte lahir bayi", "kalo udh lewat 3 bulan?", ["akta-kelahiran-terlambat"], "late birth registration", "steps")
F("cara daftar bpjs mandiri", "kelas 1 sebulan brp", ["bpjs-kesehatan-mandiri"], "class 1 premium", "cost")
F("bpjs sy nonaktif krn nunggak", "bisa dicicil ga", ["bpjs-kesehatan-reaktivasi"], "installment for arrears", "cost")
F("cara bikin skck", "berlakunya brp lama", ["skck-baru"], "police certificate validity", "validity")
F("skck baru syaratnya apa", "kalo udh expired?", ["skck-perpanjangan"], "renew expired police certificate", "steps")
F("pajak taunan motor bayarnya gmn", "kalo yg 5 taunan?", ["stnk-lima-tahunan"], "five-year vehicle registration", "steps")
F("cara klaim jht", "online bisa?", ["bpjs-ketenagakerjaan-jht"], "jht claim online", "online")
F("syarat nikah di kua apa aja", "kalo akadnya di gedung bayar?", ["nikah-kua"], "wedding outside kua fee", "cost")
F("bikin surat pindah dr jogja ke solo", "trs di solonya ngapain", ["pindah-datang"], "register arrival", "steps")
F("syarat ktp pemula", "hrs dtg sendiri?", ["ktp-el-baru"], "in-person biometric recording", "other")
F("surat kehilangan polisi bikin dmn", "berlakunya brp hari", ["surat-kehilangan-polisi"], "loss report validity", "validity")
F("cara cek dapet pkh apa ngga", "kalo ga terdaftar, daftarnya gmn", ["usulan-bansos-dtsen"], "apply for social assistance", "steps")
F("npwp bikinnya online gmn", "trs wajib lapor spt tiap taun?", ["spt-tahunan"], "annual tax return obligation", "eligibility")
F("bikin kia anak", "yg umur 3 taun pake foto?", ["kia"], "child id photo under five", "documents")
F("paspor hilang, ngurusnya gmn", "kalo ilangnya di singapura?", ["paspor-hilang-rusak"], "passport lost abroad", "place")
F("balik nama motor bekas", "bpkb nya jadi brp lama", ["balik-nama-kendaraan"], "bpkb transfer duration", "duration")
F("cara daftar bpjs mandiri lewat jkn", "nanti klo mau ganti faskes?", ["bpjs-kesehatan-pindah-faskes"], "change primary clinic", "steps")
F("spt taunan paling lambat kapan dilapor", "klo telat?", ["spt-tahunan"], "late tax return fine", "penalty")
F("sim c syaratnya apa", "kalo sim internasional?", [], "international driving permit", "other")
F("ktp hilang, ngurusnya gmn", "kalo sy lg di hongkong gmn", [], "replace id card while abroad", "place")

# ---------------------------------------------------------------- english (15)
E("How do I renew my driving license online?", ["sim-perpanjangan"], "renew license online", "online")
E("I lost my ID card on the train, what should I do?", ["ktp-el-hilang"], "replace lost id card", "steps")
E("How much does an electronic passport cost?", ["paspor-baru"], "e-passport cost", "cost")
E("My BPJS health insurance got deactivated because I missed payments. How do I reactivate it?", ["bpjs-kesehatan-reaktivasi"], "reactivate bpjs", "steps")
E("Where can I get a police clearance certificate for a work visa abroad?", ["skck-baru"], "police certificate for abroad", "place")
E("what documents do i need for my newborn's birth certificate", ["akta-kelahiran"], "newborn birth certificate documents", "documents")
E("how to register a small home business and get an NIB", ["nib-oss"], "business id number", "steps")
E("When is the deadline to file my annual personal tax return?", ["spt-tahunan"], "tax return deadline", "duration")
E("I received an ETLE traffic camera letter in the mail. How do I pay the fine?", ["tilang-elektronik-etle"], "pay electronic ticket", "steps")
E("I resigned last month. How can I withdraw my JHT savings?", ["bpjs-ketenagakerjaan-jht"], "jht withdrawal", "steps")
E("We had a church wedding. How do we register our marriage with the civil registry?", ["akta-perkawinan-nonmuslim"], "register church marriage", "steps")
E("where can I complain about bad service at a government office?", ["pengaduan-lapor"], "public service complaint", "place")
E("How do I apply for a KITAS work permit as a foreigner?", [], "foreign work permit", "steps")
E("Can I convert my foreign driver's license into an Indonesian SIM?", [], "convert foreign license", "eligibility")
E("How do I extend my tourist visa in Bali?", [], "tourist visa extension", "steps")

# ---------------------------------------------------------------- complaint (15)
C("udah 3 bulan ktp blm jadi2, tiap ke dukcapil jawabannya blangko habis. capek bolak balik", [], "id card printing delay")
C("petugas kelurahan minta 50rb buat surat domisili, katanya uang administrasi. kok gitu sih", [], "illegal fee at village office")
C("antri di samsat dr subuh, loket baru buka jam 10, petugasnya malah asik ngobrol", [], "slow service at samsat")
C("ptsl di desa kami ditarik 1,5 juta per bidang sama panitia, warga ga ada yg berani nolak", [], "excessive ptsl fee")
C("pbi ibu sy diputus tanpa pemberitahuan apa2, pas mau cuci darah ditolak rumah sakit", ["bpjs-kesehatan-pbi"], "pbi cut off without notice")
C("tetangga punya mobil 2 malah dapet pkh, kami yg ngontrak ga pernah dapet. ga adil bgt", ["usulan-bansos-dtsen"], "unfair social assistance recipients")
C("di kantor imigrasi ada calo nawarin paspor cepet 2 juta, katanya kalo ga lewat dia antri sebulan", [], "passport broker at immigration office")
C("Dengan hormat, saya ingin menyampaikan keberatan atas sikap petugas loket puskesmas kecamatan kami yang membentak pasien lansia. Ke mana saya dapat menyampaikan hal ini?", [], "rude health center officer")
C("klaim jht sy udh sebulan lebih ga cair2, ditelpon cs nya cuma bilang sabar tunggu", [], "jht claim delay")
C("ujian praktik sim kayak sengaja dipersulit biar pada ambil jalur nembak", [], "driving test made difficult")
C("jalan depan rumah rusak parah 2 taun ga diperbaiki, udah ngomong ke rt rw ga ada hasil", [], "road not repaired")
C("kena tilang etle padahal motornya udh sy jual 2 taun lalu, kesel bgt", ["tilang-elektronik-etle"], "electronic ticket for sold vehicle")
C("udah lapor di lapor.go.id sebulan ga ada tanggapan sama sekali, trs hrs kemana lg", [], "complaint ignored")
C("pelayanan neng kecamatan suwe banget, setengah dino ra dilayani blas", [], "slow service at district office (Javanese)")
C("guru minta potongan dana pip anak sy 200rb katanya buat kas sekolah", [], "pip fund deduction")

# ---------------------------------------------------------------- write
random.Random(SEED).shuffle(ROWS)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in ROWS:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(ROWS), "rows ->", out)

#!/usr/bin/env python3
"""Builds questions.jsonl: a held-out, hand-written question set for the citizen help desk.
Every row below is one hand-written call. Run: python3 build.py"""
import json, os, random

ROWS = []


def r(q, ids, group, need, aspect, prev=""):
    ROWS.append({"q": q, "ids": list(ids), "new_ids": [], "group": group,
                 "need": need, "aspect": aspect, "prev": prev})


def ins(q, ids, need, aspect):
    r(q, ids, "in_scope", need, aspect)


def nm(q, need, aspect):
    r(q, [], "near_miss", need, aspect)


def ot(q, need, aspect="other"):
    r(q, [], "off_topic", need, aspect)


def fu(prev, q, ids, need, aspect):
    r(q, ids, "follow_up", need, aspect, prev)


def en(q, ids, need, aspect):
    r(q, ids, "english", need, aspect)


def cp(q, need, aspect="other", extra=()):
    r(q, ["pengaduan-lapor"] + list(extra), "complaint", need, aspect)


# ---------------------------------------------------------------- in_scope (110)
# akta-kelahiran-hilang
ins("akte lahir sy ilang pas pindahan kos, skrg mau daftar kuliah diminta. bisa dicetak lg ga min?", ["akta-kelahiran-hilang"], "reprint lost birth certificate", "steps")
ins("akta kelahiran anak robek digunting adeknya wkwk, ngurus gantinya bayar ga ya", ["akta-kelahiran-hilang"], "cost of replacing torn birth certificate", "cost")
ins("akte kelahiran ilang, surat dr polisi nya bikin dmn dulu trs abis itu kemana", ["akta-kelahiran-hilang", "surat-kehilangan-polisi"], "police loss report then reprint birth certificate", "steps")
# akta-kelahiran-terlambat
ins("bapak sy udh 52 taun blm pernah punya akte lahir, mau ngurus pensiun diminta. masih bisa bikin kah", ["akta-kelahiran-terlambat"], "birth certificate for adult who never had one", "eligibility")
ins("anak ke2 lahir 8 bulan lalu blm sempet diurus aktenya krn sibuk dagang, kena denda ga kak?", ["akta-kelahiran-terlambat"], "fine for late birth registration", "penalty")
# akta-kelahiran
ins("min bayi sy baru lahir 2 minggu di bidan desa, mau bikin akte bawa apa aja", ["akta-kelahiran"], "documents for newborn birth certificate", "documents")
ins("kami nikah siri jd blm ada buku nikah, anak bisa dibuatin akte lahir ga?", ["akta-kelahiran"], "birth certificate without marriage book", "documents")
# akta-kematian
ins("mertua meninggal minggu lalu di rsud, gmn ngurus akte kematiannya", ["akta-kematian"], "death certificate procedure", "steps")
ins("akta kematian almarhumah ibu jdnya brp hri biasany", ["akta-kematian"], "processing time of death certificate", "duration")
# akta-perceraian
ins("sy kristen udh cerai di PN medan, putusannya udh inkracht. akta cerainya ambil dmn", ["akta-perceraian"], "where non-muslim divorce certificate issued", "place")
ins("udh cerai di pengadilan agama tp status di kk masih kawin, gmn gantinya", ["akta-perceraian"], "update marital status after religious court divorce", "steps")
# akta-perkawinan-nonmuslim
ins("kami hindu, upacara nikah udh di desa adat bali. biar tercatat negara hrs ngapain", ["akta-perkawinan-nonmuslim"], "register hindu marriage with state", "steps")
ins("pemberkatan di gereja udh bulan lalu, batas lapor ke dukcapil berapa lama sih", ["akta-perkawinan-nonmuslim"], "deadline to register church marriage", "duration")
# balik-nama-kendaraan
ins("beli vario bekas dr temen kantor, mau dibalik nama ke sy. syarat apa aja", ["balik-nama-kendaraan"], "documents for used motorbike name transfer", "documents")
ins("motor plat AB beli di jogja, sy tinggal di solo. kalo balik nama platnya ganti ga?", ["balik-nama-kendaraan"], "plate change when transferring across province", "other")
# balik-nama-sertifikat-tanah
ins("beli rumah second di bekasi, pph sama bphtb itu yg nanggung siapa", ["balik-nama-sertifikat-tanah"], "who pays taxes on land sale", "cost")
ins("abis beli tanah dr pak haji, ganti nama di sertifikatnya gmn? hrs lewat notaris?", ["balik-nama-sertifikat-tanah"], "land certificate name transfer after purchase", "steps")
# bpjs-kesehatan-mandiri
ins("daftar bpjs sendiri lewat hp bisa? sy freelance desain ga ada kantor", ["bpjs-kesehatan-mandiri"], "self registration BPJS via phone", "online")
ins("mau daftar bpjs cuma buat sy aja, istri sama anak nanti2, boleh ga", ["bpjs-kesehatan-mandiri"], "whether all family members must register", "eligibility")
# bpjs-kesehatan-pbi
ins("gmn caranya dapet bpjs yg dibayarin pemerintah, sy buruh tani penghasilan ga tentu", ["bpjs-kesehatan-pbi"], "get government-paid BPJS", "eligibility")
ins("kis gratis punya ibu tiba2 ga aktif pas mau cuci darah, padahal kami masih susah", ["bpjs-kesehatan-pbi"], "PBI deactivated still poor", "steps")
# bpjs-kesehatan-pindah-faskes
ins("ganti puskesmas bpjs ke klinik deket kantor bisa lewat aplikasi?", ["bpjs-kesehatan-pindah-faskes"], "change primary clinic in app", "online")
ins("abis ganti faskes, mulai bisa dipake kapan", ["bpjs-kesehatan-pindah-faskes"], "when new clinic takes effect", "duration")
# bpjs-kesehatan-reaktivasi
ins("bpjs mati krn nunggak hampir 2 taun, bayarnya bisa dicicil ga", ["bpjs-kesehatan-reaktivasi"], "installments for BPJS arrears", "cost")
ins("kalo baru lunasin tunggakan trus langsung opname, kena denda brp", ["bpjs-kesehatan-reaktivasi"], "penalty for inpatient care after reactivation", "penalty")
# bpjs-ketenagakerjaan-jht
ins("resign akhir bulan kemarin, jht kapan bisa dicairin", ["bpjs-ketenagakerjaan-jht"], "when JHT can be claimed after resigning", "eligibility")
ins("saldo jht cm 7 juta, bisa ngajuin dr jmo aja?", ["bpjs-ketenagakerjaan-jht"], "claim small JHT balance in app", "online")
# cek-bansos
ins("cara liat nama ibu terdaftar pkh apa kaga", ["cek-bansos"], "check PKH recipient status", "steps")
ins("ngecek bpnt dr hp bisa?", ["cek-bansos"], "check food aid status online", "online")
# ikd
ins("ktp digital bisa diaktifin sendiri di rumah ga sih", ["ikd"], "activate digital ID without office visit", "online")
ins("aktivasi ikd hrs di dukcapil sesuai alamat ktp? sy lg merantau", ["ikd"], "where to activate digital ID", "place")
# kartu-kuning-ak1
ins("bikin ak1 buat daftar cpns bawa apa aja", ["kartu-kuning-ak1"], "documents for job seeker card", "documents")
ins("kartu kuning disnaker berlaku brp lama ya", ["kartu-kuning-ak1"], "validity of job seeker card", "validity")
# kia
ins("anak 3 taun mau dibikinin kia, perlu pas foto ga", ["kia"], "photo requirement for child ID", "documents")
ins("kia bikinnya dimna kak, sekolah anak mintaa", ["kia"], "where to get child ID card", "place")
# kk-baru
ins("kk istri di garut, sy di bandung. bikin kk baru berdua gmn", ["kk-baru"], "new family card when spouses from different regencies", "documents")
ins("baru nikah di kua, mau sekalian bikin kk baru sama ganti status di ktp jd kawin", ["kk-baru", "ktp-el-perubahan-data"], "new family card and marital status update", "steps")
# kk-hilang-rusak
ins("kk kerendem banjir sampe luntur, bisa cetak ulang?", ["kk-hilang-rusak"], "replace flood-damaged family card", "steps")
ins("kk ilang hrs ke polsek dulu ga", ["kk-hilang-rusak"], "police report needed for lost family card", "documents")
# kk-pisah
ins("sy 25 th blm nikah mau pisah kk dr ortu tp tetep serumah, boleh?", ["kk-pisah"], "split family card single adult same address", "eligibility")
ins("pecah kk jadinya brp lama", ["kk-pisah"], "processing time to split family card", "duration")
# kk-tambah-anggota
ins("keponakan mau ikut kk sy krn sekolah disini, umurnya 14, syaratnya apa", ["kk-tambah-anggota"], "add minor relative to family card", "documents")
ins("nambahin nama bayi ke kk gmn caranyaa", ["kk-tambah-anggota"], "add newborn to family card", "steps")
# ktp-el-baru
ins("anak sy bulan depan 17, rekam ktp nya bisa diwakilin ortu ga", ["ktp-el-baru"], "whether first ID recording can be done by proxy", "eligibility")
ins("ktp baru jadinya brp lama min", ["ktp-el-baru"], "processing time of first ID card", "duration")
# ktp-el-hilang
ins("dompet kecopetan di angkot, ktp ikut ilang. ngurusnya gmn", ["ktp-el-hilang"], "replace stolen ID card", "steps")
ins("ktp ilang apa hrs rekam sidik jari ulang?", ["ktp-el-hilang"], "whether re-recording needed for lost ID", "other")
# ktp-el-perubahan-data
ins("pekerjaan di ktp masih pelajar/mahasiswa pdhl udh kerja, ganti gmn", ["ktp-el-perubahan-data"], "update occupation on ID card", "steps")
ins("nama di ktp salah satu huruf, benerinnya bawa apa", ["ktp-el-perubahan-data"], "documents to fix name typo on ID", "documents")
# ktp-el-rusak
ins("ktp patah kelindes motor, perlu surat polisi ga", ["ktp-el-rusak"], "police letter for broken ID", "documents")
ins("tulisan di ktp udh pudar ga kebaca, ganti bayar ga", ["ktp-el-rusak"], "cost of replacing faded ID", "cost")
# legalisir-dokumen
ins("kk yg ada barcodenya masih hrs dilegalisir ga buat lamaran", ["legalisir-dokumen"], "whether QR family card needs legalization", "other")
ins("akte lahir sy yg lama masih ttd basah, legalisirnya dmn", ["legalisir-dokumen"], "where to legalize old birth certificate", "place")
# nib-oss
ins("jualan kue dr rumah mau punya nib, caranya gmn", ["nib-oss"], "get business ID for home business", "steps")
ins("bikin nib dipungut biaya ga", ["nib-oss"], "cost of business ID", "cost")
# nikah-kua
ins("nikah di rumah sendiri penghulu dateng, biayanya brp", ["nikah-kua"], "fee for marriage outside KUA office", "cost")
ins("daftar nikah ke kua paling telat brp hari sebelum akad", ["nikah-kua"], "registration lead time before wedding", "duration")
# npwp-pribadi
ins("nik sy udh jadi npwp otomatis belum ya, baru pertama kerja", ["npwp-pribadi"], "whether NIK already serves as NPWP", "eligibility")
ins("daftar npwp online skrg lewat apa, e-reg kok udh ga bisa", ["npwp-pribadi"], "where to register NPWP online", "online")
# paspor-baru
ins("bikin paspor buat umroh taun depan, syarat apa aja", ["paspor-baru"], "documents for new passport", "documents")
ins("paspor sy expired bulan dpn, perpanjang nya gmna", ["paspor-baru"], "renew expiring passport", "steps")
# paspor-hilang-rusak
ins("paspor ilang pas pindahan kontrakan, dendanya brp", ["paspor-hilang-rusak"], "fee for lost passport", "cost")
ins("paspor anak ketumpahan kopi halamannya lengket semua, ngurusnya gmn", ["paspor-hilang-rusak"], "replace damaged passport", "steps")
# pbg-bangunan
ins("mau bangun rumah 2 lantai di tanah warisan, masih perlu imb?", ["pbg-bangunan"], "building permit for new house", "overview")
ins("retribusi pbg ngitung nya gmn sih, takut mahal bgt", ["pbg-bangunan"], "how building permit levy is calculated", "cost")
# pengaduan-lapor
ins("ngelaporin pungli di kantor desa lewat mana", ["pengaduan-lapor"], "where to report illegal levies", "place")
ins("kalo ngadu lewat lapor.go.id nama sy bakal ketauan ga?", ["pengaduan-lapor"], "anonymous complaint", "other")
# pindah-datang
ins("surat pindah dr klaten udh pegang, di jakarta ngapain lg", ["pindah-datang"], "steps after arriving with moving letter", "steps")
ins("sy ngontrak di depok, alamat ktp bisa dipindah ke rumah kontrakan ga?", ["pindah-datang"], "register address at rented house", "eligibility")
# pindah-keluar
ins("mau pindah ke balikpapan ikut suami, ngurus surat pindah di mana", ["pindah-keluar"], "where to get moving-out letter", "place")
ins("udh terlanjur di batam, surat pindah dr medan bisa diurus dr sini?", ["pindah-keluar"], "request moving letter from destination", "other")
ins("pindah dr bogor ke semarang sekeluarga, urusan surat pindah sampe bikin ktp baru disana gmn alurnya", ["pindah-keluar", "pindah-datang"], "full moving procedure origin and destination", "steps")
# pip-kip
ins("anak sd dapet pip brp setaun", ["pip-kip"], "PIP amount for primary school", "cost")
ins("cek anak dapet pip atau ngga pake apa", ["pip-kip"], "check PIP status", "steps")
# sertifikat-tanah-ptsl
ins("tanah girik warisan kakek mau ikut ptsl, syaratnya apa", ["sertifikat-tanah-ptsl"], "documents for PTSL", "documents")
ins("ptsl di desa dimintain 150rb, itu wajar ga", ["sertifikat-tanah-ptsl"], "legitimate PTSL fee", "cost")
# sim-baru
ins("umur pas 17 bisa langsung bikin sim a?", ["sim-baru"], "minimum age for car license", "eligibility")
ins("bikin sim c baru totalnya brp", ["sim-baru"], "cost of new motorcycle license", "cost")
# sim-hilang-rusak
ins("sim a ilang pas mudik, hrs tes ujian lg ga", ["sim-hilang-rusak"], "whether test needed to replace lost license", "other")
ins("ganti sim c yg patah biayanya", ["sim-hilang-rusak"], "cost of replacing broken license", "cost")
# sim-perpanjangan
ins("perpanjang sim lewat aplikasi bisa?", ["sim-perpanjangan"], "renew license online", "online")
ins("sim udh mati 3 hari, msh bisa diperpanjang?", ["sim-perpanjangan"], "renewal after expiry", "validity")
# skck-baru
ins("skck buat kerja di luar negeri bikinnya di polres apa polda", ["skck-baru"], "which police office for overseas SKCK", "place")
ins("Selamat siang, saya mau tanya dokumen yang perlu dibawa untuk membuat SKCK sebagai syarat melamar pekerjaan.", ["skck-baru"], "documents for police clearance", "documents")
# skck-perpanjangan
ins("skck sy udh lewat 8 bulan dr tanggal habisnya, bisa diperpanjang?", ["skck-perpanjangan"], "renew expired police clearance", "validity")
ins("perpanjang skck perlu sidik jari lg?", ["skck-perpanjangan"], "fingerprints for SKCK renewal", "steps")
# sktm
ins("bikin sktm buat keringanan biaya rs bapak gmn", ["sktm"], "certificate of poverty for hospital", "steps")
ins("sktm di kelurahan bayar ga", ["sktm"], "cost of poverty certificate", "cost")
# spt-tahunan
ins("sbg karyawan, lapor spt taunan paling telat tgl brp", ["spt-tahunan"], "annual tax return deadline", "duration")
ins("kemarin lupa ga lapor pajak tahunan, kena sanksi ga", ["spt-tahunan"], "penalty for late tax return", "penalty")
# stnk-lima-tahunan
ins("plat motor udh 5 taun, ganti plat bawa apa", ["stnk-lima-tahunan"], "documents for 5-year STNK and plate", "documents")
ins("stnk 5 tahunan bisa diurus online ga", ["stnk-lima-tahunan"], "5-year STNK online", "online")
# stnk-pajak-tahunan
ins("bayar pajak motor taunan bs dr hp gk", ["stnk-pajak-tahunan"], "pay annual vehicle tax online", "online")
ins("pajak mobil taunan hrs pemilik sendiri yg dateng? mobil atas nama bapak", ["stnk-pajak-tahunan"], "who must come for annual vehicle tax", "documents")
# surat-ahli-waris
ins("ayah meninggal, mau cairin tabungannya di bri diminta surat waris. bikinnya dmn", ["surat-ahli-waris"], "where to make heir certificate", "place")
ins("Selamat pagi, mohon info persyaratan pembuatan surat keterangan ahli waris. Terima kasih.", ["surat-ahli-waris"], "documents for heir certificate", "documents")
# surat-domisili
ins("ktp masih sulawesi, kerja di tangerang diminta surat domisili, gmn", ["surat-domisili"], "domicile letter for migrant worker", "steps")
ins("surat domisili kelurahan berlaku brp lama", ["surat-domisili"], "validity of domicile letter", "validity")
# surat-kehilangan-polisi
ins("bikin surat kehilangan buku tabungan di polsek bayar ga", ["surat-kehilangan-polisi"], "cost of police loss report", "cost")
ins("surat kehilangan dr polisi bisa online ga", ["surat-kehilangan-polisi"], "online police loss report", "online")
# tilang-elektronik-etle
ins("dapet surat etle ke rumah, pdhl motornya dipake adek. gmn", ["tilang-elektronik-etle"], "respond to electronic ticket when someone else rode", "steps")
ins("etle ga dibayar apa akibatnya", ["tilang-elektronik-etle"], "consequence of unpaid electronic ticket", "penalty")
# usulan-bansos-dtsen
ins("sy janda anak 3 blm pernah dapat bantuan apa2, daftar bansos gmn", ["usulan-bansos-dtsen"], "apply to enter welfare database", "steps")
ins("daftar dtsen lewat hp bisa?", ["usulan-bansos-dtsen"], "apply for welfare data online", "online")
# short ones and regional-language mixes
ins("akte telat", ["akta-kelahiran-terlambat"], "late birth certificate", "overview")
ins("mas, aku arep gawe sim c, syarate opo wae?", ["sim-baru"], "documents for new motorcycle license", "documents")
ins("punten, bade nyieun kk anyar saatos nikah, kedah ka mana nya?", ["kk-baru"], "where to make family card after marriage", "place")
ins("ptsl gratis?", ["sertifikat-tanah-ptsl"], "whether PTSL is free", "cost")
ins("jht brp hari cair nya", ["bpjs-ketenagakerjaan-jht"], "JHT disbursement time", "duration")
ins("ktp rusak", ["ktp-el-rusak"], "replace damaged ID", "overview")

# ---------------------------------------------------------------- near_miss (50)
nm("anak sy lahir di johor malaysia, bapaknya kerja di kebun sawit sana. akte lahirnya ngurus dmn ya", "birth certificate for child born abroad", "place")
nm("mau ganti nama anak dr Siti jadi Sita, sidangnya di pengadilan mana dan brp biayanya", "court procedure for name change", "cost")
nm("sy muslim calon suami katolik, nikahnya bisa dicatat dmn", "interfaith marriage registration", "place")
nm("calon suami sy warga negara jepang, nikah di kua ada syarat tambahan apa", "marriage with foreign national", "documents")
nm("udh talak satu, mau rujuk lg sama istri. di kua ngapain aja", "reconciliation after divorce", "steps")
nm("nikah siri udh 5 taun, mau isbat nikah biar punya buku nikah, prosesnya gmn", "marriage validation at religious court", "steps")
nm("motor masih kredit di leasing setaun lg, mau over kredit ke sodara. bpkb kan msh ditahan gmn", "transfer vehicle still under financing", "steps")
nm("bapak meninggal, sertifikat rumah mau diganti nama ke anak2. di bpn biayanya brp", "land title transfer by inheritance", "cost")
nm("sertifikat tanah asli ikut kebakar sama rumah, bisa minta gantinya ke bpn?", "replace burned land certificate", "steps")
nm("tanah 500 meter mau dipecah jd 3 sertifikat buat anak2, gmn caranya", "split land certificate", "steps")
nm("sy hrd, perusahaan baru mau daftarin karyawan ke bpjs kesehatan. alurnya gmn", "employer registration of workers in BPJS", "steps")
nm("bisa turun kelas bpjs dr kelas 1 ke kelas 3 ga? berat bayarnya skrg", "change BPJS class", "steps")
nm("bayi msh di kandungan 7 bulan, bisa didaftarin bpjs dr sekarang?", "register unborn baby in BPJS", "eligibility")
nm("suami meninggal kecelakaan di pabrik, santunan jkm sama jkk dr bpjs tk brp", "work accident and death benefit", "cost")
nm("msh kerja, mau ambil 10% jht buat dp rumah bisa?", "partial JHT withdrawal while employed", "eligibility")
nm("jaminan pensiun bpjs tk bisa diambil umur brp", "pension benefit age", "eligibility")
nm("kartu kks ibu ketelen mesin atm, bansosnya ga bisa diambil. gmn", "swallowed welfare card", "steps")
nm("lupa pin ikd, hp jg udh ganti, masuk lg gmn", "reset digital ID PIN on new phone", "steps")
nm("kartu prakerja gelombang baru dibuka kapan ya", "prakerja program schedule", "other")
nm("mau jd pmi ke taiwan, rekomendasi dr disnaker buat paspornya gmn", "migrant worker recommendation letter", "documents")
nm("istri sy wna filipina, dia bisa bikin ktp indonesia ga", "ID card for foreign spouse", "eligibility")
nm("mbah putri wis sepuh ora iso mlaku, rekam ktp iso didatengi petugas neng omah ra?", "home visit for ID recording", "place")
nm("legalisir ijazah sma buat ngelamar kerja dmn", "legalize school diploma", "place")
nm("usaha keripik singkong mau ngurus pirt biar bisa masuk indomaret", "home food production permit", "steps")
nm("daftar sertifikat halal gratis buat umkm gmn", "free halal certification", "steps")
nm("usaha laundry udh tutup, nib nya bisa dicabut ga biar ga ada kewajiban", "revoke business ID", "steps")
nm("kami sama2 wni kerja di korea, mau nikah disana. dicatatnya gmn", "marriage of citizens abroad", "place")
nm("cara bikin npwp buat cv yg baru kami dirikan", "company tax ID", "steps")
nm("udh ga kerja lg, npwp mau dinonaktifin biar ga usah lapor spt, gmn", "deactivate tax ID", "steps")
nm("paspor habis pas sy kerja di selangor, perpanjangnya di kbri gmn", "renew passport abroad", "place")
nm("visa turis ke korea syaratnya apa aja", "tourist visa requirements", "documents")
nm("rumah udh berdiri dr 2010 tp ga pernah ada imb, kena denda ga kalo ketauan", "penalty for building without permit", "penalty")
nm("mau pindah ke australia ikut suami, ktp sama kk diapain", "moving abroad civil registration", "steps")
nm("kip kuliah daftarnya kapan", "college scholarship registration", "other")
nm("desa sy ga kebagian ptsl taun ini, kalo daftar sertifikat sendiri ke bpn brp", "cost of sporadic land registration", "cost")
nm("sim internasional bikin dmn", "international driving permit", "place")
nm("sim d buat temen tuna daksa syaratnya apa", "disability driving license", "documents")
nm("bos sy orang korea butuh skck dr indonesia, wna bisa bikin?", "police clearance for foreigner", "eligibility")
nm("cara lapor spt tahunan pt gmn, sy baru jd admin keuangan", "corporate tax return", "steps")
nm("spt taun lalu salah isi harta, mau dibetulin gmn", "amend tax return", "steps")
nm("stnk motor jatoh di jalan ga ketemu, bikin yg baru di samsat gmn", "replace lost STNK", "steps")
nm("plat nomor belakang motor dicolong, ganti satu aja bisa?", "replace stolen plate", "steps")
nm("motor udh dijual 3 th lalu tp masih atas nama sy, gmn lapor jual biar ga kena pajak progresif", "report vehicle sale to block registration", "steps")
nm("pembagian warisan buat anak perempuan menurut islam brp bagian", "islamic inheritance shares", "other")
nm("motor sy digondol maling di parkiran pasar, lapor polisinya gmn biar bisa klaim asuransi", "report vehicle theft", "steps")
nm("ditilang polisi di jalan sim ditahan, ngambilnya di kejaksaan kapan", "retrieve license after manual ticket", "place")
nm("mau gugat cerai suami, daftar ke pengadilan agama bawa apa", "file divorce lawsuit", "documents")
nm("suami pns meninggal, pensiun janda ke taspen ngurusnya gmn", "widow pension claim", "steps")
nm("bantuan modal umkm 2,4 juta yg dulu masih ada ga", "micro business cash aid", "eligibility")
nm("bpjs bisa langsung ke rs besar tanpa rujukan puskesmas ga?", "hospital without referral", "other")

# ---------------------------------------------------------------- off_topic (25)
ot("halo", "greeting")
ot("assalamualaikum min", "greeting")
ot("makasih ya kak infonya membantu bgt", "thanks")
ot("wkwkwk", "laughter")
ot("bot goblok jawab yg bener napa", "abuse")
ot("kamu manusia apa robot sih", "chit-chat about bot")
ot("resep rendang padang biar empuk gmn", "cooking recipe")
ot("besok hujan ga di bogor", "weather")
ot("skor timnas semalem brp", "football score")
ot("harga emas antam hari ini brp", "gold price")
ot("token listrik sy gagal masuk terus pdhl nomor meter udh bener", "electricity token problem")
ot("jadwal imunisasi bayi di posyandu kapan aja", "immunization schedule")
ot("kapan pilkada serentak berikutnya", "election date")
ot("pindah ibu kota ke ikn jadinya kapan", "capital relocation news")
ot("rekomendasi hp 2 jutaan buat ngojol", "phone recommendation")
ot("kurs dollar hari ini brp", "exchange rate")
ot("selamat malam, admin lagi online?", "greeting")
ot("oke siap", "acknowledgement")
ot("🙏🙏", "thanks emoji")
ot("anjir lama bgt balesnya", "impatience")
ot("lagu indonesia raya ciptaan siapa", "general knowledge")
ot("tolong buatin surat lamaran kerja dong", "write a job letter")
ot("jam brp sekarang", "time")
ot("nuhun kang", "thanks")
ot("cara daftar jadi driver grab gmn", "ride-hailing driver signup")

# ---------------------------------------------------------------- follow_up (25)
fu("mau bikin paspor buat jalan2 ke singapur, perlu apa aja", "biayanya brp?", ["paspor-baru"], "passport fee", "cost")
fu("ktp ilang kemaren di pasar gmn ngurusnya", "surat polisinya bayar ga?", ["ktp-el-hilang"], "cost of police letter for lost ID", "cost")
fu("cara daftar bpjs mandiri", "kalo dtg ke kantor cabang bisa?", ["bpjs-kesehatan-mandiri"], "register at branch office", "place")
fu("anak sy mau dibikinin kia", "kalo anaknya udh 6 taun pake foto ga", ["kia"], "photo for child ID over five", "documents")
fu("perpanjang sim c gmn caranya", "bisa online?", ["sim-perpanjangan"], "online license renewal", "online")
fu("gmn bikin skck buat lamaran", "brp lama berlakunya", ["skck-baru"], "SKCK validity", "validity")
fu("lapor spt tahunan lewat mana sekarang", "batasnya kapan", ["spt-tahunan"], "tax return deadline", "duration")
fu("mau nikah di kua bulan depan, syaratnya apa", "kalo akadnya di rumah bayar?", ["nikah-kua"], "fee for home wedding", "cost")
fu("cara cairin jht abis resign", "saldonya 30jt, lewat jmo bisa?", ["bpjs-ketenagakerjaan-jht"], "large JHT balance claim channel", "online")
fu("bikin nib buat warung kopi", "lama ga jadinya", ["nib-oss"], "business ID processing time", "duration")
fu("balik nama motor bekas syaratnya apa", "bpkbnya sekalian jadi hari itu?", ["balik-nama-kendaraan"], "BPKB processing time", "duration")
fu("akte kelahiran anak hilang", "hrs ke dukcapil yg dulu nerbitin?", ["akta-kelahiran-hilang"], "which office reprints birth certificate", "place")
fu("bpjs sy nonaktif soalnya nunggak", "dendanya gmn itungannya", ["bpjs-kesehatan-reaktivasi"], "BPJS arrears penalty", "penalty")
fu("mau pindah puskesmas bpjs gmn", "baru 1 bulan di faskes lama, bisa?", ["bpjs-kesehatan-pindah-faskes"], "minimum time before changing clinic", "eligibility")
fu("sertifikat ptsl syaratnya apa", "bayar brp?", ["sertifikat-tanah-ptsl"], "PTSL cost", "cost")
fu("pajak motor taunan bisa dibayar online ga", "yg 5 taunan bisa jg?", ["stnk-pajak-tahunan"], "whether 5-year renewal online", "online")
fu("surat domisili buat kerja gmn", "perlu pengantar rt?", ["surat-domisili"], "RT letter for domicile", "documents")
fu("sktm buat beasiswa anak", "jadinya brp lama", ["sktm"], "SKTM processing time", "duration")
fu("cara daftar usulan bansos", "kalo udh daftar langsung dapet?", ["usulan-bansos-dtsen"], "whether proposal means immediate aid", "duration")
fu("ikd itu apa sih", "trs ktp fisik msh perlu dibawa?", ["ikd"], "whether physical ID still needed", "other")
fu("ngurus pbg rumah lewat mana", "bayarnya brp", ["pbg-bangunan"], "building permit levy", "cost")
fu("mau misahin kk dari ortu", "kalo sy blm 17 gmn", ["kk-pisah"], "split family card under 17", "eligibility")
fu("kartu kuning syaratnya apa", "ktp sy luar daerah, bisa bikin disini?", ["kartu-kuning-ak1"], "job seeker card outside ID region", "place")
fu("perpanjang paspor yg habis gimana caranya", "visa schengen sekalian bisa diurus di imigrasi?", [], "schengen visa", "other")
fu("surat ahli waris bikin dmn", "trs bagi warisannya gmn, anak laki2 dapet lebih?", [], "inheritance division shares", "other")

# ---------------------------------------------------------------- english (15: 11 covered, 4 not)
en("How do I renew my driving license online?", ["sim-perpanjangan"], "online license renewal", "online")
en("I lost my KTP yesterday, what should I do", ["ktp-el-hilang"], "replace lost ID card", "steps")
en("how much is the e-passport fee", ["paspor-baru"], "e-passport fee", "cost")
en("My BPJS was deactivated because I missed a few payments. How can I make it active again?", ["bpjs-kesehatan-reaktivasi"], "reactivate BPJS", "steps")
en("can i get an NPWP online as a fresh graduate", ["npwp-pribadi"], "tax ID online", "online")
en("what papers do we need to register our wedding at KUA", ["nikah-kua"], "marriage registration documents", "documents")
en("how to get SKCK for a job application", ["skck-baru"], "police clearance", "documents")
en("bought a second hand motorbike, how do i transfer it to my name", ["balik-nama-kendaraan"], "vehicle ownership transfer", "steps")
en("got an ETLE letter from the traffic camera, how do I pay the fine?", ["tilang-elektronik-etle"], "pay electronic ticket", "steps")
en("how long does it take to get a birth certificate for a newborn", ["akta-kelahiran"], "birth certificate time", "duration")
en("Is the PTSL land certificate program actually free?", ["sertifikat-tanah-ptsl"], "PTSL cost", "cost")
en("how can a foreigner apply for a KITAS in Bali", [], "foreigner residence permit", "steps")
en("I'm an expat, can I open a bank account here without NPWP", [], "bank account for expat", "eligibility")
en("where do I get an international driving permit in Jakarta", [], "international driving permit", "place")
en("how do i apply for indonesian citizenship through marriage", [], "naturalization by marriage", "steps")

# ---------------------------------------------------------------- complaint (15)
cp("petugas dukcapil judes bgt, ditanya baik2 malah dibentak di depan orang banyak", "rude civil registry officer")
cp("udh 3 bulan ktp ga jadi2, alesannya blangko habis terus", "ID card delayed for months", "duration")
cp("di samsat ada calo nawarin cepet bayar 200rb, petugasnya diem aja liat", "brokers at vehicle office")
cp("rekam ktp anak dimintain 50rb sama oknum kecamatan katanya biar cepet", "illegal fee for ID recording", "cost")
cp("antri skck di polres dr jam 7 sampe jam 2 blm dipanggil, petugasnya malah ngerokok di luar", "long wait at police office", "duration")
cp("aplikasi mobile jkn error mulu dr kemarin, otp ga pernah masuk", "health app keeps failing", "online")
cp("bolak balik kelurahan 4x buat sktm disuruh balik besok terus, capek", "sent back repeatedly", "steps")
cp("ptsl di desa kami dipungut 1,5 juta per bidang sama panitia, alesannya buat patok", "excessive PTSL levy", "cost")
cp("m-paspor kuotanya penuh terus tiap hari dr sebulan lalu, gimana mau bikin", "passport booking always full", "online")
cp("penghulu minta amplop sejuta pdhl akad di kantor kua jam kerja", "marriage official asks for money", "cost")
cp("laporan sy di lapor.go.id udah 2 bulan ga ditanggepin instansinya, trus kemana lg", "complaint not followed up", "place")
cp("operator desa minta duit 100rb biar nama ibu masuk daftar bansos", "pay to get on welfare list", "cost")
cp("Dengan hormat, saya ingin menyampaikan keluhan atas sikap petugas loket kantor imigrasi yang tidak ramah dan melempar berkas saya.", "rude immigration counter officer")
cp("tes praktik sim c di satpas kayak sengaja dibikin gagal biar pada lewat calo", "driving test rigged toward brokers")
cp("pelayanan neng kelurahan suwe banget, petugase malah dolanan hp wae", "slow village office service", "duration")


def main():
    rows = list(ROWS)
    random.Random(20261502).shuffle(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "rows to", out)


if __name__ == "__main__":
    main()

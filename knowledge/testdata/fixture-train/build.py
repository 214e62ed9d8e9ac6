# Hand-written evaluation questions. Each row: (q, ids, group, need, aspect, prev)
# Written blind: only /work/fixdigest/digest.md was read.
import json, random

IS = "in_scope"
R = []
def add(group, q, ids, need, aspect, prev=""):
    R.append(dict(q=q, ids=ids, new_ids=[], group=group, need=need, aspect=aspect, prev=prev))

# ---------------- in_scope ----------------
def s(q, ids, need, aspect):
    add(IS, q, ids, need, aspect)

# akta-kelahiran-hilang
s("akte lahir sy ilang pas pindahan rumah, bs dibikinin lg ga min?", ["akta-kelahiran-hilang"], "reissue lost birth certificate", "steps")
s("akta lahir sy dulu terbit di capil surabaya, skrg tinggal di bekasi. duplikatnya hrs ngurus ke surabaya?", ["akta-kelahiran-hilang"], "where to request duplicate birth certificate", "place")

# akta-kelahiran-terlambat
s("umur sy udh 34 taun blm pny akte kelahiran sama sekali, msh bisa dibuat ga", ["akta-kelahiran-terlambat"], "birth certificate for adult", "eligibility")
s("anak sy lahir 5 bulan lalu aktanya blm diurus, kena denda ga ya?", ["akta-kelahiran-terlambat"], "late birth registration fine", "penalty")
s("bikin akta lahir telat lebih dr setahun apa wajib sidang penetapan di PN dulu?", ["akta-kelahiran-terlambat"], "court order needed for late birth certificate", "documents")

# akta-kelahiran
s("kak anak sy baru lahir di bidan desa, syarat akte lahirnya apa aja", ["akta-kelahiran"], "birth certificate requirements", "documents")
s("nikah siri blm pny buku nikah, anak bisa dibuatin akta lahir ga?", ["akta-kelahiran"], "birth certificate without marriage book", "eligibility")
s("brp hari akta kelahiran bayi jadi?", ["akta-kelahiran"], "birth certificate processing time", "duration")

# akta-kematian
s("bapak sy meninggal minggu lalu di rumah, ngurus akta kematiannya bawa apa aja", ["akta-kematian"], "death certificate documents", "documents")
s("lapor kematian ke dukcapil maksimal brp hari setelah meninggal?", ["akta-kematian"], "deadline to report death", "duration")
s("mertua meninggal di malaysia waktu kerja disana, akta kematiannya gmn ngurusnya", ["akta-kematian"], "death certificate for death abroad", "documents")

# akta-perceraian
s("udh putus cerai di pengadilan negeri, akta cerainya ngurus dimana", ["akta-perceraian"], "where to get divorce certificate non-muslim", "place")
s("sy muslim udh pegang akta cerai dr PA tp status di ktp msh kawin, gmn gantinya", ["akta-perceraian", "ktp-el-perubahan-data"], "update marital status after divorce", "steps")
s("pencatatan cerai di capil dipungut biaya ga", ["akta-perceraian"], "cost of divorce registration", "cost")

# akta-perkawinan-nonmuslim
s("kami kristen baru pemberkatan di gereja sabtu kemarin, nikahnya dicatat ke negara dimana?", ["akta-perkawinan-nonmuslim"], "register church marriage", "place")
s("syarat bikin akta perkawinan katolik di dukcapil apa aja?", ["akta-perkawinan-nonmuslim"], "non-muslim marriage certificate requirements", "documents")
s("akta nikah hindu di capil jadinya brp lama ya", ["akta-perkawinan-nonmuslim"], "non-muslim marriage certificate processing time", "duration")

# balik-nama-kendaraan
s("beli motor second dr temen kantor, mau balik nama stnk bpkb bawa apa aja", ["balik-nama-kendaraan"], "used vehicle ownership transfer documents", "documents")
s("balik nama mobil bekas thn 2026 msh kena bbn 2 ga sih", ["balik-nama-kendaraan"], "used car transfer tax", "cost")
s("balik nama bpkb lama ga jadinya?", ["balik-nama-kendaraan"], "BPKB transfer processing time", "duration")

# balik-nama-sertifikat-tanah
s("beli tanah kavling di bogor, alur ajb sampe sertifikat ganti nama gmn", ["balik-nama-sertifikat-tanah"], "land title transfer after purchase", "steps")
s("pajak jual beli rumah itu yg nanggung penjual apa pembeli?", ["balik-nama-sertifikat-tanah"], "who pays land sale taxes", "cost")
s("honor ppat buat bikin ajb maksimal brp persen", ["balik-nama-sertifikat-tanah"], "PPAT fee cap", "cost")

# bpjs-kesehatan-mandiri
s("daftar bpjs kesehatan sendiri lewat hp bisa ga min", ["bpjs-kesehatan-mandiri"], "register independent BPJS online", "online")
s("iuran bpjs kelas 2 sebulan brp skrg", ["bpjs-kesehatan-mandiri"], "BPJS class 2 premium", "cost")
s("sy freelancer mau ikut bpjs mandiri, apa hrs sekeluarga didaftarin semua?", ["bpjs-kesehatan-mandiri"], "must whole family register", "eligibility")

# bpjs-kesehatan-pbi
s("gmn caranya dapet bpjs gratis yg dibayarin pemerintah? sy buruh tani", ["bpjs-kesehatan-pbi"], "get government-paid BPJS", "eligibility")
s("kis pbi ibu sy tiba2 nonaktif padahal msh susah ekonominya, hrs kemana", ["bpjs-kesehatan-pbi", "bpjs-kesehatan-reaktivasi"], "reactivate deactivated PBI", "steps")

# bpjs-kesehatan-pindah-faskes
s("cara ganti faskes 1 di aplikasi mobile jkn gmn", ["bpjs-kesehatan-pindah-faskes"], "change primary clinic online", "online")
s("kmrn udh ganti puskesmas bpjs kok blm bisa dipake ya, berlakunya kapan", ["bpjs-kesehatan-pindah-faskes"], "when faskes change takes effect", "duration")
s("klinik bpjs sy jauh bgt, boleh pindah kapan aja ga? baru daftar sebulan", ["bpjs-kesehatan-pindah-faskes"], "minimum time before changing faskes", "eligibility")

# bpjs-kesehatan-reaktivasi
s("bpjs sy mati gara2 nunggak 8 bulan, gmn biar aktif lg", ["bpjs-kesehatan-reaktivasi"], "reactivate BPJS after arrears", "steps")
s("abis bayar tunggakan bpjs trus harus rawat inap, kena denda brp?", ["bpjs-kesehatan-reaktivasi"], "BPJS inpatient penalty after arrears", "penalty")
s("resign dr pabrik, bpjs kesehatan dr kantor jadi nonaktif. bisa lanjut bayar sendiri?", ["bpjs-kesehatan-reaktivasi"], "switch from employer to independent BPJS", "steps")

# bpjs-ketenagakerjaan-jht
s("resign akhir oktober, kapan jht bisa dicairin?", ["bpjs-ketenagakerjaan-jht"], "when JHT can be claimed after resigning", "eligibility")
s("klaim jht di jmo dokumennya apa aja", ["bpjs-ketenagakerjaan-jht"], "JHT claim documents", "documents")
s("saldo jht sy sekitar 25 juta, bisa diajuin lewat hp aja?", ["bpjs-ketenagakerjaan-jht"], "online JHT claim for large balance", "online")

# cek-bansos
s("cara ngecek nama ibu sy terdaftar pkh apa nggak gmn", ["cek-bansos"], "check PKH recipient status", "online")
s("pkh cairnya lewat bank apa ya", ["cek-bansos"], "bansos disbursement channel", "place")

# ikd
s("ktp digital bisa diaktifin sendiri di rumah ga?", ["ikd"], "activate IKD without office visit", "online")
s("ktp sy jogja tp kerja di jakarta, aktivasi ikd bisa di dukcapil jakarta?", ["ikd"], "where to activate IKD outside home region", "place")
s("aktivasi ikd dipungut biaya ga", ["ikd"], "IKD activation cost", "cost")

# kartu-kuning-ak1
s("buat ak1 di disnaker bawa apa aja ya", ["kartu-kuning-ak1"], "yellow card requirements", "documents")
s("kartu kuning berlaku brp lama?", ["kartu-kuning-ak1"], "yellow card validity", "validity")
s("kartu pencari kerja bisa daftar online ga, buat lamar cpns", ["kartu-kuning-ak1"], "yellow card online", "online")

# kia
s("anak sy 3 thn bikin kia perlu pas foto ga", ["kia"], "photo requirement for child ID", "documents")
s("kia anak sy ilang di sekolah, gantinya gmn", ["kia"], "replace lost child ID", "documents")
s("kia itu buat anak umur brp smp brp sih", ["kia"], "KIA age range", "eligibility")

# kk-baru
s("baru nikah bulan lalu, mau bikin kk sendiri pisah dr ortu. syaratnya?", ["kk-baru"], "new family card after marriage", "documents")
s("istri ktp nya dr kabupaten lain, bikin kk baru perlu surat pindah ga", ["kk-baru"], "transfer letter for new KK", "documents")
s("kk baru pengantin jadinya brp hari min", ["kk-baru"], "new KK processing time", "duration")

# kk-hilang-rusak
s("kk kebawa banjir udh ancur, bisa dicetak lagi?", ["kk-hilang-rusak"], "replace damaged family card", "steps")
s("kk ilang harus ke polisi dulu ga?", ["kk-hilang-rusak"], "police letter for lost KK", "documents")
s("kalo cetak ulang kk, nomor kk nya ganti ga", ["kk-hilang-rusak"], "does KK number change on reprint", "other")

# kk-pisah
s("sy blm nikah umur 25, mau pecah kk tp tetep serumah sm ortu. boleh?", ["kk-pisah"], "split KK while unmarried same address", "eligibility")
s("abis cerai mau pisah kk dr mantan suami, syaratnya apa", ["kk-pisah"], "split KK after divorce", "documents")
s("pecah kk lama ga prosesnya", ["kk-pisah"], "KK split processing time", "duration")

# kk-tambah-anggota
s("mau masukin nama bayi ke kk gmn caranya", ["kk-tambah-anggota"], "add newborn to KK", "steps")
s("keponakan dr medan mau numpang kk sy di bandung, perlu apa aja", ["kk-tambah-anggota"], "add relative to KK", "documents")
s("nambah anggota kk ngurusnya di kantor mana", ["kk-tambah-anggota"], "where to add KK member", "place")

# ktp-el-baru
s("anak sy bulan depan 17 thn, rekam ktp nya bawa apa", ["ktp-el-baru"], "first KTP requirements", "documents")
s("umur 23 blm rekam e-ktp, ada sanksinya ga?", ["ktp-el-baru"], "consequence of not recording KTP", "penalty")
s("anakku wis 17 taun, rekam ktp iso neng ndi wae?", ["ktp-el-baru"], "where to record first KTP", "place")

# ktp-el-hilang
s("dompet sy kecopetan di angkot, ktp ikut ilang. gmn ngurusnya?", ["ktp-el-hilang"], "replace lost KTP", "steps")
s("mas, KTPku ilang neng pasar. kudu rekam ulang opo ora?", ["ktp-el-hilang"], "re-recording needed for lost KTP", "steps")

# ktp-el-perubahan-data
s("status di ktp msh belum kawin padahal udh nikah 2 taun, gmn benerinnya", ["ktp-el-perubahan-data"], "update marital status on KTP", "steps")
s("tanggal lahir di ktp salah ketik, bisa dibenerin?", ["ktp-el-perubahan-data"], "correct birth date on KTP", "documents")

# ktp-el-rusak
s("ktp sy patah kelindes motor, bisa diganti?", ["ktp-el-rusak"], "replace broken KTP", "steps")
s("ganti ktp rusak perlu surat kehilangan dr polsek ga", ["ktp-el-rusak"], "police letter for damaged KTP", "documents")
s("e-ktp chipnya ga kebaca di bank, ganti baru brp lama?", ["ktp-el-rusak"], "damaged KTP replacement time", "duration")

# legalisir-dokumen
s("kk yg udh ada barcodenya masih perlu dilegalisir ga buat daftar sekolah anak", ["legalisir-dokumen"], "does QR KK need legalization", "overview")
s("legalisir akta lahir lama yg masih ttd basah dimana?", ["legalisir-dokumen"], "where to legalize old birth certificate", "place")
s("gmn cara ngecek kk asli apa palsu", ["legalisir-dokumen"], "verify document authenticity", "other")

# nib-oss
s("bikin nib buat jualan kue rumahan gmn caranya", ["nib-oss"], "get NIB for home business", "steps")
s("daftar nib di oss bayar ga", ["nib-oss"], "NIB cost", "cost")
s("nib jadinya berapa lama kak?", ["nib-oss"], "NIB processing time", "duration")

# nikah-kua
s("biaya nikah kalo penghulunya dateng ke rumah brp?", ["nikah-kua"], "KUA fee for wedding outside office", "cost")
s("mau nikah awal januari, daftar ke kua paling telat kapan", ["nikah-kua"], "KUA registration lead time", "duration")

# npwp-pribadi
s("nik sy otomatis jd npwp ga ya", ["npwp-pribadi"], "NIK as NPWP", "overview")
s("daftar npwp online skrg lewat apa? e-reg katanya udh ga dipake", ["npwp-pribadi"], "register NPWP online", "online")
s("perlu punya kartu npwp fisik ga buat syarat kerja", ["npwp-pribadi"], "physical NPWP card needed", "other")

# paspor-baru
s("punten, bade ngadamel paspor kanggo umroh, naon wae syaratna?", ["paspor-baru"], "passport requirements", "documents")
s("biaya paspor elektronik brp skrg", ["paspor-baru"], "e-passport fee", "cost")
s("paspor sy habis bulan depan, gantinya lewat m-paspor bisa?", ["paspor-baru"], "renew expiring passport online", "online")

# paspor-hilang-rusak
s("paspor ketinggalan di taksi ga ketemu, kena denda berapa", ["paspor-hilang-rusak"], "fine for lost passport", "penalty")
s("paspor anak ikut kecuci di mesin cuci, msh bisa dipake?", ["paspor-hilang-rusak"], "water-damaged passport", "other")
s("ganti paspor ilang bisa daftar lewat m-paspor ga", ["paspor-hilang-rusak"], "lost passport online application", "online")

# pbg-bangunan
s("mau bangun rumah 2 lantai di tanah sendiri, masih perlu imb ga", ["pbg-bangunan"], "building permit for house", "overview")
s("ngurus pbg online lewat web apa", ["pbg-bangunan"], "PBG online system", "online")

# pengaduan-lapor
s("cara bikin aduan di lapor.go.id gmn", ["pengaduan-lapor"], "how to file LAPOR complaint", "steps")
s("kalo lapor ke sp4n bisa tanpa nama ga? takut ketauan", ["pengaduan-lapor"], "anonymous complaint", "other")

# pindah-datang
s("udh dapet skpwni dr solo, di tangerang ngapain lg?", ["pindah-datang"], "register arrival with SKPWNI", "steps")
s("sy ngekos, bisa pindah alamat ktp ke alamat kos ga", ["pindah-datang"], "move KTP address to boarding house", "eligibility")

# pindah-keluar
s("mau pindah ke kota lain, surat pindahnya perlu pengantar rt rw ga", ["pindah-keluar"], "RT/RW letter for move", "documents")
s("sy udh terlanjur tinggal di batam, surat pindah dr medan bisa diurus dari batam?", ["pindah-keluar"], "request SKPWNI from destination", "place")

# pip-kip
s("cara cek anak dapet pip gak, nisn udh ada", ["pip-kip"], "check PIP status", "online")
s("dana pip anak smp setahun dapet brp", ["pip-kip"], "PIP amount", "cost")
s("anak sy kls 3 sd blm pernah dapet pip padahal kami dapet pkh, daftarnya gmn", ["pip-kip"], "apply for PIP", "steps")

# sertifikat-tanah-ptsl
s("tanah warisan kakek masih girik, ikut ptsl caranya gmn", ["sertifikat-tanah-ptsl"], "join PTSL land certification", "steps")
s("ptsl di desa sy dimintain 500rb per bidang, wajar ga? ini di jawa tengah", ["sertifikat-tanah-ptsl"], "PTSL cost limit", "cost")

# sim-baru
s("bikin sim motor pertama kali syaratnya apa aja", ["sim-baru"], "new SIM C requirements", "documents")
s("umur 17 udh boleh bikin sim a blm?", ["sim-baru"], "minimum age SIM A", "eligibility")
s("gagal ujian praktek sim kemarin, bisa ngulang kapan?", ["sim-baru"], "retake failed SIM test", "other")

# sim-hilang-rusak
s("sim c ilang, hrs tes ujian lagi ga?", ["sim-hilang-rusak"], "test needed for lost SIM", "steps")
s("ganti sim a yg ilang biayanya brp", ["sim-hilang-rusak"], "lost SIM replacement fee", "cost")
s("punten kang, SIM abdi leungit, kumaha gentosna?", ["sim-hilang-rusak"], "replace lost SIM", "steps")

# sim-perpanjangan
s("perpanjang sim c online lewat hp gmn", ["sim-perpanjangan"], "renew SIM online", "online")
s("sim sy mati 3 hari yg lalu, masih bisa diperpanjang ga", ["sim-perpanjangan"], "renew expired SIM", "validity")

# skck-baru
s("syarat skck buat lamar kerja di pabrik apa aja", ["skck-baru"], "SKCK requirements", "documents")
s("skck buat daftar cpns bikinnya di polsek apa polres?", ["skck-baru"], "where to get SKCK for CPNS", "place")
s("skck berlaku berapa bulan", ["skck-baru"], "SKCK validity", "validity")

# skck-perpanjangan
s("skck sy udh mati 3 bulan, perpanjangnya gmn", ["skck-perpanjangan"], "renew expired SKCK", "steps")
s("perpanjang skck wajib di polres yg dulu ngeluarin ga? sy udh pindah kota", ["skck-perpanjangan"], "where to renew SKCK", "place")
s("perpanjang skck perlu sidik jari lagi ga", ["skck-perpanjangan"], "fingerprint for SKCK renewal", "steps")

# sktm
s("sktm buat keringanan biaya rsud bawa apa aja", ["sktm"], "SKTM requirements", "documents")
s("sktm ngurusnya dmn ya", ["sktm"], "where to get SKTM", "place")
s("kalo udh pny sktm otomatis dapet pkh ga?", ["sktm"], "SKTM vs bansos eligibility", "eligibility")

# spt-tahunan
s("lapor spt tahunan karyawan paling lambat tgl brp", ["spt-tahunan"], "SPT deadline", "duration")
s("telat lapor spt pribadi kena denda brp", ["spt-tahunan"], "late SPT fine", "penalty")
s("lapor spt tahun ini masih lewat djp online apa udh coretax?", ["spt-tahunan"], "SPT online channel", "online")

# stnk-lima-tahunan
s("stnk motor udh 5 taun, mau ganti plat. syaratnya apa", ["stnk-lima-tahunan"], "5-year STNK renewal documents", "documents")
s("ganti plat mobil biayanya brp", ["stnk-lima-tahunan"], "plate replacement fee", "cost")
s("pajak 5 tahunan bisa lewat aplikasi ga", ["stnk-lima-tahunan"], "5-year STNK online", "online")

# stnk-pajak-tahunan
s("cara bayar pajak motor taunan online gmn", ["stnk-pajak-tahunan"], "pay annual vehicle tax online", "online")
s("mau bayar pajak taunan motor, bpkb perlu dibawa ga?", ["stnk-pajak-tahunan"], "documents for annual tax", "documents")

# surat-ahli-waris
s("mau cairin tabungan almarhumah ibu di bank, butuh surat waris. bikin dimana", ["surat-ahli-waris"], "where to get heir certificate", "place")
s("syarat surat keterangan ahli waris di kelurahan apa aja", ["surat-ahli-waris"], "heir certificate requirements", "documents")

# surat-domisili
s("ktp sy bandung tp kerja di surabaya, hrd minta surat domisili. gmn bikinnya", ["surat-domisili"], "get domicile letter", "steps")
s("surat domisili berlaku brp lama", ["surat-domisili"], "domicile letter validity", "validity")
s("surat domisili bisa buat ganti alamat ktp ga", ["surat-domisili"], "domicile letter vs KTP address", "other")

# surat-kehilangan-polisi
s("bikin surat kehilangan di polsek bayar ga", ["surat-kehilangan-polisi"], "cost of police loss report", "cost")
s("dompet ilang isinya ktp sim atm, surat keterangan hilangnya gmn bikinnya", ["surat-kehilangan-polisi"], "police loss report steps", "steps")

# tilang-elektronik-etle
s("dapet surat etle di rumah, hrs ngapain", ["tilang-elektronik-etle"], "respond to ETLE letter", "steps")
s("kena etle ga dibayar apa akibatnya", ["tilang-elektronik-etle"], "consequence of unpaid ETLE", "penalty")
s("motor udh sy jual tahun lalu tp surat tilang elektroniknya nyasar ke rumah sy", ["tilang-elektronik-etle"], "ETLE for sold vehicle", "other")

# usulan-bansos-dtsen
s("sy janda anak 3 blm pernah dapet bansos apapun, cara daftarnya gmn", ["usulan-bansos-dtsen"], "apply for social assistance", "steps")
s("daftar dtsen bisa lewat aplikasi ga", ["usulan-bansos-dtsen"], "online bansos proposal", "online")
s("mau usulin tetangga yg udh jompo biar dapet bantuan, gmn", ["usulan-bansos-dtsen"], "propose neighbor for bansos", "steps")

# multi-article / formal / extra
s("Selamat siang. Orang tua kami wafat bulan lalu, kami perlu mengurus akta kematian dan surat waris. Bagaimana urutannya?", ["akta-kematian", "surat-ahli-waris"], "death certificate and heir letter", "steps")
s("pindah dr surabaya ke malang, urusan surat pindah smp ktp baru gmn", ["pindah-keluar", "pindah-datang"], "full move procedure", "steps")
s("cek bpjs pbi sy msh aktif apa ga gmn", ["bpjs-kesehatan-pbi", "cek-bansos"], "check PBI status", "online")
s("ktp hilang, surat polisinya bikin dimana dan perlu bawa apa?", ["surat-kehilangan-polisi", "ktp-el-hilang"], "police letter for lost KTP", "documents")
s("Mohon informasi, apakah perpanjangan SIM C dapat dilakukan di SIM keliling?", ["sim-perpanjangan"], "SIM renewal at mobile unit", "place")
s("akta kelahiran ilang, perlu surat kehilangan polisi ga?", ["akta-kelahiran-hilang"], "police letter for lost birth certificate", "documents")
s("oss itu buat usaha mikro udh langsung jadi izin usaha ya?", ["nib-oss"], "NIB as business license", "overview")
s("pbg ngurusnya lama ga? mau renov rumah bulan depan", ["pbg-bangunan"], "PBG processing time", "duration")
s("ptsl itu dari desa sampe sertifikat jadi brp lama", ["sertifikat-tanah-ptsl"], "PTSL duration", "duration")
s("nikah di kua usia 18 boleh ga", ["nikah-kua"], "underage marriage requirement", "eligibility")
s("lapor ke lapor.go.id itu ditangani siapa sih", ["pengaduan-lapor"], "who manages LAPOR", "overview")
s("telat bayar pajak motor 3 bulan ada dendanya ga?", ["stnk-pajak-tahunan"], "late vehicle tax fine", "penalty")

# ---------------- near_miss ----------------
def n(q, need, aspect):
    add("near_miss", q, [], need, aspect)

n("cara bikin sim internasional buat nyetir di jepang", "international driving permit", "steps")
n("temen sy WNA dr korea kerja di cikarang, bisa bikin sim indonesia ga", "SIM for foreigner", "eligibility")
n("klaim jkk bpjs ketenagakerjaan krn jari kepotong mesin di pabrik gmn", "work accident claim", "steps")
n("cara daftar bpjs ketenagakerjaan sendiri buat driver ojol", "BPJS TK self registration", "steps")
n("jht bisa dicairin 10 persen buat dp rumah padahal msh kerja?", "partial JHT withdrawal while employed", "eligibility")
n("klaim jaminan pensiun bpjs tk syaratnya apa", "pension benefit claim", "documents")
n("abis kena phk, cara klaim jkp gmn", "job loss benefit claim", "steps")
n("bpjs kesehatan mau turun kelas dr 1 ke 3 gmn caranya", "change BPJS class", "steps")
n("cara minta rujukan ke rs tipe b pake bpjs", "BPJS hospital referral", "steps")
n("suami sy WNA, bisa didaftarin bpjs kesehatan ga", "BPJS for foreigner", "eligibility")
n("bikin akte kelahiran anak yg lahir di jepang gmn", "birth registration abroad", "steps")
n("cara ngurus akta pengakuan anak dr ayah biologis", "child acknowledgment deed", "steps")
n("isbat nikah di pengadilan agama syaratnya apa", "marriage validation at religious court", "documents")
n("mau nikah sm cowok jerman di kua, ada syarat tambahan ga", "mixed-nationality marriage at KUA", "documents")
n("cara ngajuin gugatan cerai ke pengadilan agama, biayanya brp", "filing divorce lawsuit", "cost")
n("bpkb mobil sy ilang, ngurus duplikatnya gmn", "lost BPKB", "steps")
n("udh jual mobil tp msh kena pajak progresif, cara lapor jual gmn", "report vehicle sale to stop progressive tax", "steps")
n("kena tilang manual di jalan, sim ditahan polisi. ambilnya dimana", "manual traffic ticket", "place")
n("uji kir mobil pickup buat usaha dimana ya", "commercial vehicle inspection", "place")
n("mau pesen plat nomor cantik buat mobil baru caranya", "custom license plate", "steps")
n("ganti warna motor hrs lapor samsat ga", "vehicle color change registration", "other")
n("visa umroh ngurusnya gmn, paspor udh ada", "umrah visa", "steps")
n("bikin visa schengen buat liburan ke prancis syaratnya", "Schengen visa", "documents")
n("WNA pemegang kitap bisa bikin ktp-el ga", "KTP for foreign resident", "eligibility")
n("mau pindah ke luar negeri ikut suami ke australia, surat pindahnya gmn", "moving abroad registration", "steps")
n("mutasi anak pindah sd dr bekasi ke depok, surat pindahnya minta kemana", "school transfer", "place")
n("legalisir ijazah s1 dimana ya", "diploma legalization", "place")
n("akta lahir mau dipake di belanda, apostille nya gmn", "apostille for foreign use", "steps")
n("sertifikat tanah sy hilang, bikin penggantinya gmn", "lost land certificate", "steps")
n("mau pecah sertifikat tanah jd 3 kavling buat anak2", "land certificate split", "steps")
n("hibah tanah dr ortu ke anak prosesnya gmn", "land grant transfer", "steps")
n("cara bayar pbb online", "pay land and building tax", "online")
n("bikin pt perorangan caranya gmn", "set up sole-proprietor PT", "steps")
n("sertifikat halal buat umkm keripik pisang gmn", "halal certification", "steps")
n("izin pirt buat jualan sambel botolan dimana", "home food production permit", "place")
n("daftar kip kuliah gmn, anak baru lulus sma", "KIP Kuliah", "steps")
n("beasiswa lpdp s2 syaratnya apa aja", "LPDP scholarship", "eligibility")
n("cek penerima bsu bantuan subsidi upah dmn", "wage subsidy check", "online")
n("daftar kartu prakerja gelombang berikutnya gmn", "Kartu Prakerja", "steps")
n("mau daftar jadi pmi kerja ke taiwan, ngurusnya kemana", "migrant worker registration", "place")
n("surat keterangan usaha dr kelurahan buat pengajuan kur", "business certificate from kelurahan", "documents")
n("surat keterangan belum menikah buat daftar tni dmn bikinnya", "unmarried certificate", "place")
n("klaim santunan jasa raharja korban kecelakaan meninggal", "Jasa Raharja death compensation", "steps")
n("ngurus pensiun janda taspen suami meninggal gmn", "widow pension Taspen", "steps")
n("rujuk setelah talak satu di kua gmn caranya", "reconciliation after talak", "steps")
n("npwp buat cv daftarnya gmn", "NPWP for business entity", "steps")
n("lupa password coretax gmn resetnya", "reset Coretax password", "online")
n("cara ngajuin restitusi pajak lebih bayar", "tax refund", "steps")
n("kartu kks buat ambil pkh ilang, gantinya dmn", "replace lost KKS card", "place")
n("ganti hp baru, ikd minta pin tp sy lupa pinnya", "IKD forgotten PIN", "other")
n("motor sy dicuri di parkiran pasar, bikin laporan pencurian gmn", "theft police report", "steps")
n("surat bebas narkoba buat lamar kerja bikinnya dimana", "drug-free certificate", "place")
n("izin keramaian buat hajatan dangdutan ke polsek syaratnya apa", "event crowd permit", "documents")
n("balik nama meteran pln rumah yg baru sy beli gmn", "electricity meter name transfer", "steps")
n("kartu bpjs ketenagakerjaan ilang, gantinya gmn", "replace lost BPJS TK card", "steps")

# ---------------- off_topic ----------------
def o(q, need):
    add("off_topic", q, [], need, "other")

o("wkwkwk", "laughter")
o("bot bego bgt sih ditanya muter2", "insult")
o("besok jakarta ujan ga min", "weather")
o("siapa presiden indonesia pertama", "general knowledge")
o("pilpres 2029 enaknya pilih siapa ya", "politics")
o("cara pinjam kur bri 50 juta syaratnya", "bank loan")
o("kartu sim telkomsel sy ilang, gmn ganti nomornya", "phone SIM card")
o("paket shopee sy blm dateng2 udh seminggu", "online shop delivery")
o("resep rendang padang yg empuk gmn", "recipe")
o("halo min, lg sibuk ga?", "greeting")
o("ayam apa yg bikin capek? ayam-ayaman wkwk", "joke")
o("kamu manusia apa robot sih", "bot identity")
o("makasih ya min udh dibantu 🙏", "thanks")
o("harga emas antam hari ini brp", "gold price")
o("skor timnas semalem brp?", "football score")
o("cara top up dana lewat m-banking bca", "e-wallet top up")
o("rekomendasi hp 2 jutaan buat ngegame", "phone recommendation")
o("ibukota australia apa sih, sydney ya?", "general knowledge")
o("ramalan zodiak aries hari ini gmn", "horoscope")
o("pinjol legal yg cepet cair apa ya", "online loan")
o("ngopi yuk min", "chit-chat")
o("mending beli motor honda apa yamaha buat harian", "product advice")
o("cara buka rekening bank online tanpa ke cabang", "bank account")
o("jam berapa sekarang di makkah", "time zone")
o("lagu dangdut yg lg viral apa", "music")

# ---------------- follow_up ----------------
def f(prev, q, ids, need, aspect):
    add("follow_up", q, ids, need, aspect, prev)

f("bikin paspor buat umroh syaratnya apa aja", "biayanya brp?", ["paspor-baru"], "passport fee", "cost")
f("paspor sy mau habis, perpanjang gmn", "kalo paspornya ilang di arab gmn?", ["paspor-hilang-rusak"], "passport lost abroad", "place")
f("ktp sy ilang di terminal, ngurusnya gmn", "surat polisinya bikin dimana?", ["surat-kehilangan-polisi", "ktp-el-hilang"], "where to get police loss letter", "place")
f("perpanjang sim a syaratnya apa", "kalo udh mati 2 bulan?", ["sim-perpanjangan"], "expired SIM renewal", "validity")
f("cara daftar bpjs mandiri", "kelas 3 sebulan brp", ["bpjs-kesehatan-mandiri"], "class 3 premium", "cost")
f("syarat skck buat kerja apa", "berlakunya brp lama?", ["skck-baru"], "SKCK validity", "validity")
f("bikin skck di polres bawa apa", "kalo skck lama udh lewat masa berlakunya?", ["skck-perpanjangan"], "renew expired SKCK", "steps")
f("bikin kk baru abis nikah gmn", "trus status di ktp gmn gantinya", ["ktp-el-perubahan-data"], "update marital status on KTP", "steps")
f("daftar nikah di kua syaratnya apa", "kalo akadnya di gedung bayar ga", ["nikah-kua"], "fee for wedding outside KUA", "cost")
f("akta kelahiran bayi syaratnya apa aja", "kia nya sekalian jadi ga?", ["akta-kelahiran", "kia"], "KIA issued with birth certificate", "other")
f("bayar pajak motor tahunan di samsat bawa apa", "bisa online ga?", ["stnk-pajak-tahunan"], "online annual tax", "online")
f("cara bayar pajak motor lewat signal", "kalo yg 5 taunan bisa jg?", ["stnk-lima-tahunan", "stnk-pajak-tahunan"], "5-year renewal online", "online")
f("cara klaim jht abis resign", "lama ga cairnya", ["bpjs-ketenagakerjaan-jht"], "JHT payout time", "duration")
f("cek bansos pkh gmn caranya", "kalo nama sy ga muncul, bisa daftar?", ["usulan-bansos-dtsen"], "apply for bansos", "steps")
f("cara pindah faskes bpjs", "aktifnya kapan", ["bpjs-kesehatan-pindah-faskes"], "faskes change effective date", "duration")
f("ganti ktp rusak syaratnya apa", "perlu surat polisi?", ["ktp-el-rusak"], "police letter for damaged KTP", "documents")
f("mau pindah ke jakarta, surat pindah dr klaten gmn", "trs sampe jakarta ngapain", ["pindah-datang"], "arrival registration", "steps")
f("bikin nib buat warung kelontong gmn", "gratis kan?", ["nib-oss"], "NIB cost", "cost")
f("cara lapor spt karyawan", "telat kena denda ga", ["spt-tahunan"], "late SPT fine", "penalty")
f("ganti sim yg ilang gmn", "hrs ujian lg?", ["sim-hilang-rusak"], "test for lost SIM", "steps")
f("paspor sobek syarat gantinya apa", "bisa lewat aplikasi?", ["paspor-hilang-rusak"], "damaged passport online", "online")
f("mau pecah kk dr ortu gmn", "kalo adik sy umur 15 mau ikut kk sy?", ["kk-pisah", "kk-tambah-anggota"], "minor joining another KK", "documents")
f("bikin sktm buat berobat gmn", "sktm bisa buat dapet bpjs gratis?", ["bpjs-kesehatan-pbi", "sktm"], "SKTM for PBI", "eligibility")
f("cara ikut ptsl gmn", "biayanya?", ["sertifikat-tanah-ptsl"], "PTSL cost", "cost")
f("dapet surat konfirmasi etle, hrs gmn", "bayarnya dmn", ["tilang-elektronik-etle"], "where to pay ETLE fine", "place")
f("syarat akta kematian apa aja", "abis itu buat cairin tabungan almarhum perlu apa lg", ["surat-ahli-waris"], "heir letter for bank", "documents")
f("syarat kartu kuning apa", "online bisa?", ["kartu-kuning-ak1"], "yellow card online", "online")
f("aktivasi ktp digital gmn", "hrs ke kantor ga?", ["ikd"], "IKD in-person verification", "steps")
f("balik nama motor bekas gmn", "bpkbnya jadi kapan", ["balik-nama-kendaraan"], "BPKB transfer time", "duration")
f("perpanjang sim di sim keliling bisa?", "sim keliling hari ini di ciputat ada ga", [], "today's mobile SIM schedule", "place")
f("bikin ktp pertama kali syaratnya apa", "blangko di dukcapil bogor lg kosong ga skrg?", [], "current KTP blank stock", "other")
f("daftar npwp online gmn", "abis itu lapor spt nya gmn", ["spt-tahunan"], "file SPT", "steps")
f("cek pip anak gmn", "cairnya di bank mana", ["pip-kip"], "PIP disbursement bank", "place")
f("bpjs nonaktif krn nunggak gmn aktifin", "bisa dicicil?", ["bpjs-kesehatan-reaktivasi"], "arrears installment", "cost")
f("akta cerai muslim diurus dmn", "kalo non muslim?", ["akta-perceraian"], "non-muslim divorce registration", "place")

# ---------------- english ----------------
def e(q, ids, need, aspect):
    add("english", q, ids, need, aspect)

e("how do i replace my lost KTP?", ["ktp-el-hilang"], "replace lost KTP", "steps")
e("What documents do I need for a new passport?", ["paspor-baru"], "passport documents", "documents")
e("how much is bpjs kesehatan class 1 per month", ["bpjs-kesehatan-mandiri"], "class 1 premium", "cost")
e("can i renew my driving license online?", ["sim-perpanjangan"], "renew SIM online", "online")
e("We had a church wedding last week. How do we register the marriage with the civil registry?", ["akta-perkawinan-nonmuslim"], "register church marriage", "steps")
e("how long is an SKCK valid for", ["skck-baru"], "SKCK validity", "validity")
e("my motorbike tax is due, can i pay it through an app", ["stnk-pajak-tahunan"], "pay vehicle tax online", "online")
e("I resigned last month, when can I withdraw my JHT?", ["bpjs-ketenagakerjaan-jht"], "JHT eligibility", "eligibility")
e("is my NIK already my tax ID number?", ["npwp-pribadi"], "NIK as NPWP", "overview")
e("got an ETLE letter in the mail, what should i do", ["tilang-elektronik-etle"], "respond to ETLE", "steps")
e("how do I register a small home business and get an NIB", ["nib-oss"], "get NIB", "steps")
e("my baby was born 2 weeks ago, what do i need for the birth certificate?", ["akta-kelahiran"], "birth certificate documents", "documents")
e("I'm a foreigner, how do I apply for a work KITAS?", [], "foreign work permit", "steps")
e("how to get an international driving permit in indonesia", [], "international driving permit", "steps")
e("how do I apply for a US tourist visa from Jakarta?", [], "US visa", "steps")

# ---------------- complaint ----------------
def c(q, ids, need, aspect):
    add("complaint", q, ids, need, aspect)

L = ["pengaduan-lapor"]
c("petugas dukcapil minta 200rb biar ktp cepet jadi, mau laporin kemana?", L, "report extortion at Dukcapil", "place")
c("udh 3 bulan ktp ga jadi2, tiap ditanya blangko kosong terus. kesel bgt, bisa komplain dmn", L, "complain slow KTP printing", "place")
c("pegawai samsat judes bgt pas sy nanya, pake bentak2 segala. bisa dilaporin ga", L, "report rude Samsat staff", "steps")
c("di kantor imigrasi banyak calo dibiarin aja sm petugas, sy mau komplain", L, "report brokers at immigration", "steps")
c("kelurahan minta uang 50rb buat surat domisili padahal katanya gratis. ini gmn", L, "report illegal fee at kelurahan", "other")
c("panitia ptsl desa minta 2 juta per bidang, pungli bukan sih? lapornya kemana", L, "report PTSL overcharging", "place")
c("tetangga sy punya mobil 2 tp dapet pkh terus, sy mau laporin", ["pengaduan-lapor", "usulan-bansos-dtsen"], "report ineligible bansos recipient", "steps")
c("oknum di satpas nawarin lulus ujian sim asal bayar 500rb, sy mau lapor", L, "report bribery at Satpas", "steps")
c("email ke disdukcapil ga pernah dibales, telpon jg ga diangkat2. mau ngadu kemana", L, "complain unresponsive office", "place")
c("puskesmas nolak sy pake bpjs katanya kuota habis, sy mau komplain", L, "complain BPJS service refusal", "place")
c("udh lapor di lapor.go.id sebulan lebih ga ada tanggapan, trus gmn?", L, "escalate unanswered complaint", "steps")
c("pak rt minta uang rokok dulu baru mau tanda tangan pengantar sktm", L, "report RT asking money", "other")
c("antrian di mpp kacau, petugasnya malah asik main hp. saya mau lapor", L, "report negligent MPP staff", "steps")
c("kades potong bansos warga 100rb per orang, warga takut ngomong. lapor kemana yg aman", L, "report bansos deduction anonymously", "place")
c("sekolah motong dana pip anak sy 200rb katanya buat uang kas kelas", L, "report PIP deduction by school", "other")
c("penghulu minta amplop 1 juta padahal akadnya di kantor kua jam kerja", L, "report KUA official extortion", "other")
c("dinas ga respon aduan sy udh 2 bulan, bisa ngadu ke ombudsman ga? caranya?", L, "escalate to Ombudsman", "steps")
c("jalan depan rumah rusak parah udh setahun ga dibenerin, lapor ke siapa ini", L, "report damaged public road", "place")
c("Saya ingin melaporkan petugas kecamatan yang bersikap kasar ketika saya mengurus surat pindah.", L, "report rude kecamatan officer", "steps")
c("web m-paspor error mulu dr kemaren, udh bayar tp jadwal ga muncul. komplain kemana min", L, "complain passport app failure", "place")

if __name__ == "__main__":
    rng = random.Random(20261203)
    rows = list(R)
    rng.shuffle(rows)
    with open("/work/fixtrain/questions.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), Counter(r["group"] for r in rows))

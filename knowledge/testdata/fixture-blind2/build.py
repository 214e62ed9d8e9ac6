# Hand-written evaluation questions (blind set: only /work/fixdigest/digest.md was read).
# Each row was written individually; this script only serialises and shuffles them.
import json, random

ROWS = []


def R(group, q, ids, need, aspect, prev=""):
    ROWS.append({"q": q, "ids": ids, "new_ids": [], "group": group,
                 "need": need, "aspect": aspect, "prev": prev})


def I(q, ids, need, aspect):
    R("in_scope", q, ids, need, aspect)


# ---------------------------------------------------------------- in_scope (120)
# akta-kelahiran-hilang
I("akte lahir sy ilang pas pindahan kontrakan, bisa dicetak lagi ga? hrs ke polsek dulu?", ["akta-kelahiran-hilang"], "replace lost birth certificate", "documents")
I("akta kelahiran budak abdi leungit, kumaha ngurusna? ka capil mana nya?", ["akta-kelahiran-hilang"], "replace lost birth certificate (Sundanese)", "steps")
# akta-kelahiran-terlambat
I("umur sy 38 th blm pernah punya akte kelahiran, surat dr bidan jaman dulu jg udh ga ada. msh bisa bikin?", ["akta-kelahiran-terlambat"], "late birth certificate as adult without birth letter", "documents")
I("anak kedua lahir maret kemarin, akte nya blm diurus krn sibuk kerja. ada dendanya ga?", ["akta-kelahiran-terlambat"], "fine for late birth registration", "penalty")
I("akte telat lebih dr 1 thn apa hrs sidang di pengadilan dulu?", ["akta-kelahiran-terlambat"], "court order needed for late birth certificate", "steps")
# akta-kelahiran
I("kami nikah siri, blm ada buku nikah. anak tetep bisa dapet akta lahir ga?", ["akta-kelahiran"], "birth certificate without marriage book", "eligibility")
I("suami ktp bekasi, saya ktp cianjur. akta anak diurusnya ikut domisili siapa", ["akta-kelahiran"], "where to register birth when parents' domicile differs", "place")
# akta-kematian
I("Selamat siang. Mohon informasi, paling lambat berapa hari kematian anggota keluarga harus dilaporkan ke Dukcapil?", ["akta-kematian"], "deadline to report a death", "duration")
I("Mbah kakung seda wonten griya, mboten wonten serat saking dokter. Punapa taksih saged damel akta kematian?", ["akta-kematian"], "death certificate without doctor's letter (Javanese)", "documents")
# akta-perceraian
I("kemarin sidang cerai sy di PA udh diputus, yg nerbitin akta cerai nya siapa, capil kah?", ["akta-perceraian"], "who issues divorce certificate for Muslims", "place")
I("kami kristen, perceraian udh inkracht di PN. buat dapet akta cerai di disdukcapil berkasnya apa", ["akta-perceraian"], "documents to record non-Muslim divorce", "documents")
I("status ktp masih kawin padahal udh cerai 2 taun, gmn gantinya", ["ktp-el-perubahan-data", "akta-perceraian"], "update marital status on KTP after divorce", "documents")
# akta-perkawinan-nonmuslim
I("kami katolik, misa pernikahan udh bulan lalu di paroki. skrg mau dicatat di capil, bawa apa aja", ["akta-perkawinan-nonmuslim"], "register non-Muslim marriage documents", "documents")
I("akta nikah buat yg beragama buddha diurus di kua juga kah?", ["akta-perkawinan-nonmuslim"], "where non-Muslim marriages are registered", "place")
# balik-nama-kendaraan
I("beli vario bekas dr tetangga, mau balik nama stnk sama bpkb kira2 abis brp duit", ["balik-nama-kendaraan"], "cost of used motorbike ownership transfer", "cost")
I("mobil bekas plat AD mau dibalik nama ke surabaya, prosesnya gimana", ["balik-nama-kendaraan"], "ownership transfer of vehicle from another province", "steps")
# balik-nama-sertifikat-tanah
I("beli tanah 300jt di sleman, kira2 pajak yg hrs sy bayar sbg pembeli brp persen?", ["balik-nama-sertifikat-tanah"], "buyer tax on land purchase", "cost")
I("Permisi, saya berencana membeli rumah bekas di Depok. Bagaimana tahapan peralihan nama sertifikatnya setelah tanda tangan AJB?", ["balik-nama-sertifikat-tanah"], "land title transfer steps after sale deed", "steps")
# bpjs-kesehatan-mandiri
I("sy freelancer, kantor ga nanggung bpjs. daftarnya bisa pake aplikasi ga, ga sempet ke kantor cabang", ["bpjs-kesehatan-mandiri"], "register independent BPJS via app", "online")
I("daftar bpjs mandiri apa hrs semua anggota kk ikut didaftarin? sy cuma mau buat sendiri", ["bpjs-kesehatan-mandiri"], "must all family members register for BPJS", "eligibility")
# bpjs-kesehatan-pbi
I("suami kerja serabutan, anak 4. pengen bpjs yg iurannya ditanggung negara, alurnya gmn", ["bpjs-kesehatan-pbi"], "get government-paid BPJS (PBI)", "steps")
I("kis pbi emak tiba2 ga aktif pas mau kontrol ke rs, padahal kami msh susah. ngurus ke mana?", ["bpjs-kesehatan-pbi"], "reactivate deactivated PBI", "place")
# bpjs-kesehatan-pindah-faskes
I("puskesmas bpjs sy jauh bgt dr kosan baru, mau pindah ke klinik deket. di mobile jkn menunya apa", ["bpjs-kesehatan-pindah-faskes"], "change primary clinic via Mobile JKN", "online")
I("lagi dinas di makassar sebulan, bisa berobat di puskesmas sini pake bpjs tanpa pindah faskes?", ["bpjs-kesehatan-pindah-faskes"], "treatment outside registered clinic while travelling", "other")
# bpjs-kesehatan-reaktivasi
I("bpjs mandiri sy mati krn ga bayar dr masa covid, skrg mau dipake lahiran. gmn biar aktif lagi?", ["bpjs-kesehatan-reaktivasi"], "reactivate BPJS after arrears", "steps")
I("abis lunasin tunggakan bpjs trus opname, kena denda ga?", ["bpjs-kesehatan-reaktivasi"], "penalty for inpatient care after reactivation", "penalty")
# bpjs-ketenagakerjaan-jht
I("kontrak sy di pabrik garmen abis tgl 30 kemarin, jht udh bisa diambil blm?", ["bpjs-ketenagakerjaan-jht"], "when JHT can be claimed after leaving job", "eligibility")
I("syarat klaim jht apa aja? paklaring blm dikasih hrd", ["bpjs-ketenagakerjaan-jht"], "JHT claim documents", "documents")
# cek-bansos
I("ibu sy katanya masuk daftar pkh tahap ini, ngeceknya lewat mana ya", ["cek-bansos"], "check PKH recipient status", "online")
I("mau liat bantuan sembako bapak udh terdaftar blm, yg diisi apa aja?", ["cek-bansos"], "data needed to check BPNT status", "documents")
# ikd
I("udh download aplikasi ikd, abis selfie kok disuruh ke kantor? ga bisa full dari hp ya", ["ikd"], "can IKD be activated fully online", "online")
I("aktivasi ikd bisa di kelurahan ato hrs ke capil kabupaten?", ["ikd"], "where to activate IKD", "place")
I("ktp digital itu apa sih? nanti ktp yg kartu ga kepake lagi?", ["ikd"], "what IKD is", "overview")
# kartu-kuning-ak1
I("kartu ak1 berlakunya brp lama ya", ["kartu-kuning-ak1"], "validity of yellow card", "validity")
I("punten, bade ngadamel kartu kuning teh tiasa online?", ["kartu-kuning-ak1"], "yellow card online (Sundanese)", "online")
# kia
I("kia itu sampe umur brp bisa dipake", ["kia"], "KIA validity", "validity")
I("disuruh wali kelas bikin kia, di capil bayar ga?", ["kia"], "KIA cost", "cost")
# kk-baru
I("abis akad bulan lalu, kami mau punya kartu keluarga sendiri. dokumen yg dibawa apa aja", ["kk-baru"], "documents for new family card after marriage", "documents")
I("kk baru pengantin jadinya brp hari? bisa print sendiri?", ["kk-baru"], "processing time for newlywed family card", "duration")
# kk-hilang-rusak
I("kk ilang kebawa banjir kemaren, cara gantinya gmn", ["kk-hilang-rusak"], "replace lost family card", "steps")
I("cetak ulang kk yg hilang nomernya bakal berubah ga?", ["kk-hilang-rusak"], "does KK number change on reprint", "other")
# kk-pisah
I("sy 27 th blm nikah, pengen punya kk sendiri tp tetep serumah sm ortu. boleh ga?", ["kk-pisah"], "split family card while single, same address", "eligibility")
I("sy sama mantan suami masih 1 kk padahal akta cerai udh keluar. mau pisah kk syaratnya apa", ["kk-pisah"], "split family card after divorce", "documents")
# kk-tambah-anggota
I("keponakan dr klaten mau ikut kk sy di semarang krn sekolah disini, umurnya 15. perlu surat apa aja", ["kk-tambah-anggota"], "add minor relative to family card", "documents")
I("mau masukin nama bayi ke kk, hrs nunggu akta jadi dulu ato pake surat lahir rs bisa?", ["kk-tambah-anggota"], "add newborn to family card", "documents")
# ktp-el-baru
I("anak wedok ulang taun ke 17 minggu depan, perekaman ktp nya cukup bawa kk aja?", ["ktp-el-baru"], "documents for first KTP recording", "documents")
I("rekam e-ktp bisa diwakilin bapaknya ga? anaknya lagi mondok di jombang", ["ktp-el-baru"], "can KTP recording be done by proxy", "eligibility")
# ktp-el-hilang
I("dompet kecopetan di angkot, ktp sama kk yg dilipet di dalemnya ikut raib. ngurusnya gmn", ["ktp-el-hilang", "kk-hilang-rusak"], "replace lost KTP and family card", "steps")
I("mas, ktp ku ilang neng terminal, kudu nang polsek sik po piye?", ["ktp-el-hilang"], "police letter needed for lost KTP (Javanese)", "documents")
# ktp-el-perubahan-data
I("nama di ktp salah 1 huruf, harusnya Nurhayati malah ketulis Nurhayatih. benerinnya gmn", ["ktp-el-perubahan-data"], "fix typo in KTP name", "steps")
# ktp-el-rusak
I("ktp patah ketekuk di dompet, gantinya perlu surat kehilangan ga", ["ktp-el-rusak"], "police letter for broken KTP", "documents")
I("tulisan di ktp udh pudar hampir ga kebaca, bisa minta yg baru?", ["ktp-el-rusak"], "replace faded KTP", "eligibility")
# legalisir-dokumen
I("akte kelahiran sy keluaran thn 1995 mau dilegalisir buat daftar polisi, ke kantor mana?", ["legalisir-dokumen"], "where to legalise old birth certificate", "place")
I("cara ngecek kk asli ato palsu gmn", ["legalisir-dokumen"], "verify authenticity of family card", "other")
# nib-oss
I("sy jualan sambel botolan lewat ig, mau punya nib gmn langkahnya", ["nib-oss"], "get NIB for home business", "steps")
I("ngurus nib di oss ada biayanya ga, tadi ditawarin jasa 300rb", ["nib-oss"], "NIB cost", "cost")
# nikah-kua
I("daftar nikah ke kua paling telat brp hari sebelum akad?", ["nikah-kua"], "registration lead time for KUA marriage", "duration")
I("calon suami ktp nya beda kecamatan, akad nya di tempat sy. dia perlu bawa surat apa dr kua nya?", ["nikah-kua"], "documents when groom is from another district", "documents")
# npwp-pribadi
I("mau bikin npwp buat syarat kerja, online nya lewat web apa skrg? dulu ereg", ["npwp-pribadi"], "register NPWP online", "online")
I("Apakah saya yang belum pernah terdaftar pajak tetap perlu mendaftar, atau NIK langsung dipakai sebagai NPWP?", ["npwp-pribadi"], "is NIK automatically NPWP", "eligibility")
I("kartu npwp fisik wajib punya ga? diminta hrd", ["npwp-pribadi"], "is physical NPWP card required", "other")
# paspor-baru
I("paspor jadi brp hari abis wawancara?", ["paspor-baru"], "passport processing time", "duration")
I("paspor 10 tahun itu bisa buat anak sy yg umur 12?", ["paspor-baru"], "eligibility for 10-year passport", "eligibility")
# paspor-hilang-rusak
I("paspor ketinggalan di taksi, udh dicari ga ketemu. kena denda brp", ["paspor-hilang-rusak"], "fee for lost passport", "penalty")
I("paspor anak kena tumpahan teh, halamannya lengket2. ngurus gantinya lewat m-paspor bisa?", ["paspor-hilang-rusak"], "replace damaged passport via app", "online")
# pbg-bangunan
I("rencana nambah lantai 2 di rumah, kata tetangga hrs ngurus izin. skrg namanya apa, masih imb?", ["pbg-bangunan"], "building permit now PBG", "overview")
I("Rumah kami memiliki IMB terbitan tahun 2005. Apakah IMB tersebut masih berlaku setelah ada aturan PBG?", ["pbg-bangunan"], "validity of old IMB", "validity")
# pengaduan-lapor
I("cara bikin laporan di lapor.go.id gmn ya", ["pengaduan-lapor"], "how to file report on LAPOR", "steps")
I("lapor di sp4n bisa tanpa nama? takut ketauan", ["pengaduan-lapor"], "anonymous reporting on LAPOR", "other")
# pindah-datang
I("surat pindah dr medan udh di tangan, skrg di jakarta timur ngurusnya ke mana dan bawa apa", ["pindah-datang"], "report arrival after moving", "steps")
I("sy anak kos di jogja, mau pindah alamat ktp ke kosan. ibu kos hrs bikin surat apa?", ["pindah-datang"], "landlord letter for moving KTP address", "documents")
# pindah-keluar
I("mau pindah ikut suami ke kalimantan, surat pindahnya diurus dmn", ["pindah-keluar"], "where to get moving-out letter", "place")
I("pak rt bilang hrs ada surat dr dia dulu sblm ke capil ngurus pindah, emg msh wajib?", ["pindah-keluar"], "RT letter needed for moving letter", "documents")
I("udh terlanjur kerja di balikpapan, surat pindah dr kampung bisa diurus dr sini ga?", ["pindah-keluar"], "apply moving letter from destination", "other")
# pip-kip
I("gimana ngecek pip anak sy udh masuk blm? yg diisi apa", ["pip-kip"], "check PIP status", "online")
I("anak sy kelas 8, bantuan pip nya dapet brp dlm setaun ya", ["pip-kip"], "PIP amount for junior high", "cost")
I("anak sy yatim tp ga pernah dpt pip, gmn ngusulinnya", ["pip-kip"], "propose child for PIP", "steps")
# sertifikat-tanah-ptsl
I("ptsl di jawa bayar brp sih resminya", ["sertifikat-tanah-ptsl"], "official PTSL cost", "cost")
I("tanah warisan masih girik/letter c, bisa ikut ptsl?", ["sertifikat-tanah-ptsl"], "PTSL for girik land", "eligibility")
# sim-baru
I("biaya bikin sim a baru brp", ["sim-baru"], "new SIM A cost", "cost")
I("sim c skrg berlakunya sampe tgl lahir ato gmn", ["sim-baru", "sim-perpanjangan"], "SIM validity period", "validity")
# sim-hilang-rusak
I("sim c sy raib pas mudik, nanti pas ganti disuruh tes teori praktik lg ga?", ["sim-hilang-rusak"], "re-test needed for lost SIM", "eligibility")
I("ganti sim a yg patah biayanya brp", ["sim-hilang-rusak"], "cost to replace damaged SIM", "cost")
# sim-perpanjangan
I("sim a udh lewat 2 minggu, msh bisa diperpanjang?", ["sim-perpanjangan"], "renew expired SIM", "eligibility")
I("di mobil sim keliling perpanjang sim c kena brp ya", ["sim-perpanjangan"], "SIM C renewal cost", "cost")
# skck-baru
I("Assalamualaikum, sy mau daftar cpns formasi guru di kab. sumedang. skck nya dibuat di polsek atau polres ya?", ["skck-baru"], "where to get SKCK for civil service", "place")
I("biaya skck", ["skck-baru"], "SKCK cost", "cost")
# skck-perpanjangan
I("skck sy udh abis 8 bulan lalu, msh bs perpanjang?", ["skck-perpanjangan"], "renew SKCK expired months ago", "eligibility")
I("perpanjang skck hrs sidik jari lg ga?", ["skck-perpanjangan"], "fingerprinting for SKCK renewal", "steps")
# sktm
I("bikin sktm buat keringanan biaya rs dimana", ["sktm"], "where to get SKTM", "place")
I("anak mau daftar kuliah jalur kip, kampus minta surat tidak mampu. bawa apa aja ke kelurahan?", ["sktm"], "SKTM documents for college", "documents")
# spt-tahunan
I("kemarin lupa lapor spt, lewat april baru inget. kena sanksi brp?", ["spt-tahunan"], "late SPT filing fine", "penalty")
I("lapor spt taun ini masih pake djp online ato coretax?", ["spt-tahunan"], "SPT filing channel", "online")
# stnk-lima-tahunan
I("motor beat sy tahun ini waktunya ganti plat, ongkosnya di samsat brp ya", ["stnk-lima-tahunan"], "cost of 5-year STNK and plate renewal", "cost")
I("perpanjang stnk 5 th hrs bawa bpkb asli?", ["stnk-lima-tahunan"], "documents for 5-year STNK", "documents")
# stnk-pajak-tahunan
I("bayar pajak mobil tahunan bisa diwakilin adek ga, sy lg kerja di luar kota", ["stnk-pajak-tahunan"], "pay annual vehicle tax by proxy", "documents")
I("pajak motor telat 3 bulan kena denda ga", ["stnk-pajak-tahunan"], "late annual vehicle tax penalty", "penalty")
# surat-ahli-waris
I("almh ibu punya deposito di bri, pihak bank minta keterangan waris. itu ngurusnya ke kelurahan mana? ibu tinggal terakhir di rumah kakak", ["surat-ahli-waris"], "where to make heir certificate", "place")
I("bapak meninggal ninggalin rumah, kami 4 bersaudara mau bikin surat waris. apa aja yg disiapin?", ["surat-ahli-waris"], "heir certificate documents", "documents")
# surat-domisili
I("sy ngontrak di cikarang, pabrik minta surat domisili krn ktp masih lampung. hrs minta pengantar rt dulu ga?", ["surat-domisili"], "domicile letter requirements", "documents")
I("surat domisili kelurahan berlaku brp lama", ["surat-domisili"], "domicile letter validity", "validity")
# surat-kehilangan-polisi
I("lapor kehilangan atm ke polsek dimintain uang ga sih biasanya", ["surat-kehilangan-polisi"], "cost of police loss report", "cost")
I("surat kehilangan dr polisi ada masa berlakunya ga?", ["surat-kehilangan-polisi"], "validity of police loss letter", "validity")
# tilang-elektronik-etle
I("dapet surat etle, padahal motornya udh sy jual taun lalu. gmn tuh", ["tilang-elektronik-etle"], "ETLE notice for sold vehicle", "other")
I("batas konfirmasi etle?", ["tilang-elektronik-etle"], "ETLE confirmation deadline", "duration")
I("kalo ga bayar tilang etle apa akibatnya", ["tilang-elektronik-etle"], "consequence of unpaid ETLE", "penalty")
# usulan-bansos-dtsen
I("sy janda anak 3 blm pernah dpt bantuan apa2 dr pemerintah, daftarnya gmn", ["usulan-bansos-dtsen"], "apply to enter social aid data", "steps")
I("daftar usulan dtsen lewat hp bisa?", ["usulan-bansos-dtsen"], "propose DTSEN via app", "online")
# extra coverage
I("bisa ga akte kelahiran yg dulu terbit di surabaya dicetak ulang di capil batam? sy skrg tinggal di batam", ["akta-kelahiran-hilang"], "reprint birth certificate outside issuing region", "place")
I("ngurus akta kematian suami, yg boleh lapor siapa aja? sy istrinya", ["akta-kematian"], "who may report a death", "eligibility")
I("Kulo badhe perpanjang SKCK, nanging SKCK lami damelan Polres Klaten. Saged ngurus teng Polres Sleman?", ["skck-perpanjangan"], "where to renew SKCK (Javanese)", "place")
I("lahiran anak pertama di rsud kemarin. akte, kia, sama kk nya bisa sekalian diurus ga?", ["akta-kelahiran"], "birth certificate with KIA and KK at once", "steps")
I("pekerjaan di ktp masih pelajar padahal udh kerja di bank 3 taun, mau diganti bawa apa", ["ktp-el-perubahan-data"], "change occupation on KTP", "documents")
I("bikin pbg itu online lewat simbg ya? urutannya gmn", ["pbg-bangunan"], "PBG application steps", "online")
I("ptsl itu daftarnya ke siapa? desa sy katanya kebagian taun ini", ["sertifikat-tanah-ptsl"], "how to register for PTSL", "steps")
I("nikah di kua itu harus kua tempat tinggal cewek atau dimana akadnya?", ["nikah-kua"], "which KUA records marriage", "place")
I("mau liburan ke thailand, paspor lama udh expired 2022. gantinya lewat aplikasi apa", ["paspor-baru"], "renew expired passport via app", "online")
I("pajak motor tahunan bisa dibayar di indomaret ato lewat aplikasi apa?", ["stnk-pajak-tahunan"], "pay annual vehicle tax online", "online")
I("umur brp minimal bikin sim c1?", ["sim-baru"], "minimum age for SIM C1", "eligibility")
I("sktm jadinya lama ga? besok mau dipake daftar beasiswa", ["sktm"], "SKTM processing time", "duration")

# ---------------------------------------------------------------- near_miss (40)
def N(q, need, aspect):
    R("near_miss", q, [], need, aspect)

N("cara bikin sim internasional gmn, mau nyetir pas liburan ke jepang", "international driving permit", "steps")
N("istri sy warga negara filipina, udh lama tinggal di sini. bisa dibikinin ktp-el?", "KTP for foreign resident", "eligibility")
N("sy tki di kuala lumpur, paspor bentar lagi abis. perpanjang di kbri gmn caranya", "passport renewal at embassy abroad", "steps")
N("klaim jkk bpjs tk buat kecelakaan kerja di proyek, syaratnya apa", "work accident (JKK) claim", "documents")
N("sy driver ojol, mau daftar bpjs ketenagakerjaan sendiri gmn", "register BPJS Ketenagakerjaan as informal worker", "steps")
N("jaminan pensiun bpjs tk bisa diambil umur brp?", "pension (JP) benefit age", "eligibility")
N("masih kerja nih, bisa ambil jht sebagian 30% buat dp rumah?", "partial JHT withdrawal while employed", "eligibility")
N("perusahaan kami baru berdiri, cara daftarin karyawan ke bpjs kesehatan gmn", "company registration of employees to BPJS", "steps")
N("daftar npwp buat cv yg baru dibuat gmn ya", "company (CV) tax number", "steps")
N("sertifikat halal gratis buat umkm daftarnya dmn", "halal certification for small business", "place")
N("izin pirt buat keripik singkong ngurus dmn", "home food production permit (PIRT)", "place")
N("kip kuliah pendaftarannya dibuka kapan?", "KIP Kuliah university scholarship", "other")
N("kartu prakerja gelombang baru kapan min", "Kartu Prakerja program", "other")
N("bsu bantuan subsidi upah ceknya lewat apa", "wage subsidy (BSU) check", "online")
N("kjp plus buat anak sd di jakarta cara daftarnya", "Jakarta KJP Plus regional aid", "steps")
N("legalisir ijazah sma dmn ya, sekolahnya udh tutup", "legalise school diploma", "place")
N("akta kelahiran mau di-apostille buat daftar kuliah di jerman, urusnya dmn", "apostille for use abroad", "place")
N("mau gugat cerai suami di pengadilan agama, biaya perkaranya brp", "filing divorce lawsuit cost", "cost")
N("udh talak 1, mau rujuk lg sm istri. ke kua bawa apa", "reconciliation (rujuk) at KUA", "documents")
N("cara isbat nikah buat nikah siri thn 2012", "marriage legalisation (isbat) in religious court", "steps")
N("calon suami sy wn malaysia, nikah di kua syarat buat wna nya apa aja", "KUA marriage with foreigner", "documents")
N("anak sy lahir di osaka, akta kelahirannya dibikin di mana", "birth registration abroad", "place")
N("syarat adopsi anak dr panti asuhan gmn", "child adoption", "documents")
N("tanah warisan mau dipecah sertifikatnya jd 3 buat adik2, ngurus di bpn gmn", "split land certificate", "steps")
N("uji kir mobil pick up buat usaha dmn", "commercial vehicle roadworthiness test (KIR)", "place")
N("bpkb motor ilang, gantinya di polda syaratnya apa aja", "replace lost BPKB", "documents")
N("kena tilang manual kemarin, sim ditahan. ambilnya di kejari?", "retrieve SIM after manual ticket", "place")
N("sim d buat penyandang disabilitas bikinnya gmn", "SIM D for disabled drivers", "steps")
N("pindah tps pemilu krn kerja di luar kota gmn caranya", "change polling station", "steps")
N("surat keterangan belum menikah dr kelurahan syaratnya apa", "single status letter", "documents")
N("surat keterangan usaha buat ngajuin kredit, dibuat di desa?", "business certificate letter (SKU)", "place")
N("izin keramaian buat hajatan nikahan anak ngurus di polsek ya?", "crowd/event permit", "place")
N("bayar pbb rumah lewat online bisa pake apa", "pay land and building tax online", "online")
N("surat bebas narkoba buat cpns dibikin dmn", "drug-free certificate", "place")
N("plat nomor cantik/pilihan biayanya brp", "custom licence plate number", "cost")
N("nik sy dipake org buat pinjol, gmn cara blokirnya", "NIK misuse by online lender", "other")
N("kartu kks bansos ilang, ganti nya kemana", "replace lost KKS welfare card", "place")
N("balik nama sertifikat rumah hibah dr ortu ke anak gmn", "land title transfer by gift (hibah)", "steps")
N("klaim santunan jasa raharja abis tabrakan motor gmn", "traffic accident insurance claim", "steps")
N("surat izin praktik bidan ngurusnya dmn", "midwife practice licence", "place")

# ---------------------------------------------------------------- off_topic (25)
def O(q, need):
    R("off_topic", q, [], need, "other")

O("wkwkwk", "laughter")
O("halo min lg sibuk ga", "greeting chit-chat")
O("bot bego jawabannya ga nyambung blas", "insult")
O("besok di surabaya hujan ga ya", "weather")
O("siapa presiden indonesia yg pertama", "general knowledge")
O("pinjol yg bunganya paling kecil apa ya", "online loan recommendation")
O("kartu sim telkomsel sy ilang, cara blokir nomornya gmn", "phone SIM card lost")
O("mau kredit motor di leasing, dp minimal brp ya biasanya", "private vehicle financing")
O("paket shopee sy ga nyampe2 udh seminggu, refundnya gmn", "online shop refund")
O("resep rendang biar empuk gmn", "recipe")
O("min pilih partai apa bagusnya pemilu nanti", "politics")
O("ibukota australia apa sih", "general knowledge")
O("tebak2an: kenapa ayam nyebrang jalan", "joke")
O("makasih banyak min, sangat membantu 🙏", "thanks")
O("selamat pagi", "greeting")
O("timnas main lagi kapan", "football schedule")
O("kamu manusia apa robot sih", "chit-chat about the bot")
O("harga emas antam hari ini brp", "gold price")
O("cara daftar jadi driver gojek", "private ride-hailing job")
O("wifi di rumah lemot bgt dr kemarin, mending ganti provider apa ya", "internet provider recommendation")
O("test", "test message")
O("bikinin pantun buat pacar dong", "request for poem")
O("kurs dolar ke rupiah hari ini brp", "exchange rate")
O("dpr kerjanya apa sih, bikin uu aneh2 terus", "politics rant")
O("hp sy kena virus, iklan muncul terus, gmn ngilanginnya", "phone tech support")

# ---------------------------------------------------------------- follow_up (25)
def F(prev, q, ids, need, aspect):
    R("follow_up", q, ids, need, aspect, prev)

F("syarat bikin paspor buat umroh apa aja ya min", "biayanya brp?", ["paspor-baru"], "passport cost", "cost")
F("mau daftar bpjs mandiri pake aplikasi, caranya?", "kalo kelas 3 sebulan brp", ["bpjs-kesehatan-mandiri"], "class III premium", "cost")
F("sim c sy jatoh di jalan ilang, ngurusnya gmn ya", "hrs ujian lg ga?", ["sim-hilang-rusak"], "re-test for lost SIM", "eligibility")
F("ktp kelindes motor sampe retak, ganti baru gmn?", "lama ga jadinya", ["ktp-el-rusak"], "damaged KTP replacement time", "duration")
F("syarat skck buat lamar kerja di pabrik", "berlaku brp lama tuh?", ["skck-baru"], "SKCK validity", "validity")
F("mau pecah kk dr ortu, gmn caranya", "bisa online ga?", ["kk-pisah"], "split KK online", "online")
F("pajak tahunan motor bisa dibayar dr hp?", "kalo yg 5 taunan sekalian ganti plat?", ["stnk-lima-tahunan", "stnk-pajak-tahunan"], "5-year STNK online or not", "online")
F("anak baru lahir, akte nya gmn ngurusnya", "klo anaknya udh 2 taun baru diurus?", ["akta-kelahiran-terlambat"], "late birth registration", "eligibility")
F("ktp ilang ngurusnya gmn ya", "surat polisinya bikin dmn? bayar?", ["ktp-el-hilang", "surat-kehilangan-polisi"], "where to get police loss letter", "place")
F("udh keluar kerja sejak oktober, jht kapan bisa diambil?", "lwt aplikasi bisa?", ["bpjs-ketenagakerjaan-jht"], "JHT claim via JMO", "online")
F("nikah di kantor kua hari kerja bayar ga?", "kalo akadnya di gedung hari minggu?", ["nikah-kua"], "cost of marriage outside office hours", "cost")
F("mau cek dapet pkh ga, gmn?", "kalo nama sy ga muncul trus daftarnya gmn", ["usulan-bansos-dtsen"], "apply for social aid when not listed", "steps")
F("status ktp masih lajang padahal udh nikah, ubahnya gmn", "bayar ga?", ["ktp-el-perubahan-data"], "cost of KTP data change", "cost")
F("perpanjang sim a syaratnya apa aja", "sim nya udh mati sebulan lho", ["sim-perpanjangan"], "renewing expired SIM", "eligibility")
F("skpwni udh jadi, pas nyampe di kota tujuan hrs ngapain?", "brp hari kelarnya?", ["pindah-datang"], "arrival registration time", "duration")
F("mau pindah puskesmas bpjs ke yg deket rumah baru, gmn?", "kapan mulai berlakunya?", ["bpjs-kesehatan-pindah-faskes"], "when faskes change takes effect", "duration")
F("syarat kia buat anak tk apa", "pake foto ga?", ["kia"], "KIA photo requirement", "documents")
F("dapet surat konfirmasi etle dr polda, hrs ngapain", "bayarnya dmn?", ["tilang-elektronik-etle"], "where to pay ETLE fine", "place")
F("cara bikin nib buat umkm", "trus kalo mau sertifikat halal sekalian?", [], "halal certification (not covered)", "other")
F("syarat balik nama motor bekas apa aja", "bpkb nya jadi brp lama?", ["balik-nama-kendaraan"], "BPKB transfer duration", "duration")
F("syarat sktm buat berobat apa aja", "kalo buat dapet pkh bisa pake sktm itu?", ["sktm"], "SKTM for PKH eligibility", "eligibility")
F("bikin kartu kuning syaratnya apa", "abis itu hrs lapor lagi tiap brp bulan?", ["kartu-kuning-ak1"], "yellow card reporting obligation", "other")
F("akte kelahiran sy ga ketemu dimana2, bisa minta yg baru?", "bayar ga min", ["akta-kelahiran-hilang"], "cost of birth certificate reprint", "cost")
F("lapor spt tahunan skrg lewat mana", "lupa password akun coretax gmn resetnya", [], "reset Coretax password (not covered)", "other")
F("paspor sy ilang di bandara, kena denda ga?", "kalo ilangnya pas di malaysia gmn?", ["paspor-hilang-rusak"], "passport lost abroad", "place")

# ---------------------------------------------------------------- english (15)
def E(q, ids, need, aspect):
    R("english", q, ids, need, aspect)

E("How do I renew my SIM C online?", ["sim-perpanjangan"], "renew driving licence online", "online")
E("hi, my KTP got stolen on the train. what do I need to get a new one?", ["ktp-el-hilang"], "replace stolen KTP", "documents")
E("What's the fee for an e-passport these days?", ["paspor-baru"], "e-passport fee", "cost")
E("I quit my job last month. When can I withdraw my JHT savings?", ["bpjs-ketenagakerjaan-jht"], "JHT withdrawal timing", "eligibility")
E("how much is the monthly bpjs kesehatan premium for class 1?", ["bpjs-kesehatan-mandiri"], "BPJS class I premium", "cost")
E("When is the deadline for employees to file the annual tax return?", ["spt-tahunan"], "SPT deadline", "duration")
E("how to get police clearance letter (SKCK) for a job application", ["skck-baru"], "get SKCK", "steps")
E("We had our church wedding last month. How do we register the marriage with the civil registry?", ["akta-perkawinan-nonmuslim"], "register Christian marriage", "steps")
E("I sell snacks online, how do I get a business ID number (NIB)?", ["nib-oss"], "get NIB", "steps")
E("got a letter about an ETLE camera ticket, what should i do?", ["tilang-elektronik-etle"], "respond to ETLE notice", "steps")
E("Where can I report a government officer who asked me for a bribe?", ["pengaduan-lapor"], "report bribery", "place")
E("My family card has a QR code. Does a photocopy still need to be legalized?", ["legalisir-dokumen"], "legalisation of QR documents", "eligibility")
E("I'm an American married to an Indonesian. How do I apply for a KITAS?", [], "foreigner stay permit (not covered)", "steps")
E("how can i get an international driving permit in jakarta", [], "international driving permit (not covered)", "steps")
E("Can I open a bank account without an NPWP?", [], "bank account opening (not covered)", "eligibility")

# ---------------------------------------------------------------- complaint (15)
def C(q, ids, need, aspect):
    R("complaint", q, ids, need, aspect)

C("petugas di upt capil kecamatan minta 150rb biar ktp cepet jadi. itu pungli kan? lapornya kemana", ["pengaduan-lapor"], "report extortion at Dukcapil", "place")
C("udh 3 bulan ktp ga jadi2, alasannya blangko habis mulu. sy mau komplain resmi", ["pengaduan-lapor"], "complain about slow KTP printing", "steps")
C("pegawai samsat jutek bgt, sy dibentak cuma krn nanya berkas. pengen ngelaporin orangnya", ["pengaduan-lapor"], "report rude Samsat officer", "steps")
C("ngurus surat di kelurahan dipingpong terus, udh 4x bolak balik ga kelar2. ngadu kemana ya", ["pengaduan-lapor"], "complain about runaround at village office", "place")
C("di desa kami ptsl ditarik 1,5 juta per bidang katanya buat panitia. mau lapor tp takut ketauan kades", ["pengaduan-lapor"], "report PTSL overcharging anonymously", "other")
C("tetangga sy punya mobil 2 tp dapet pkh terus, kami yg susah malah ga. gmn cara ngelaporinnya", ["pengaduan-lapor", "usulan-bansos-dtsen"], "report ineligible aid recipient", "steps")
C("calo di satpas nawarin sim tanpa tes 800rb, polisinya diem aja. ini mau sy laporin", ["pengaduan-lapor"], "report licence broker", "place")
C("udh lapor di lapor.go.id 3 minggu blm ada tanggapan dr pemkab, trus sy hrs gmn lagi", ["pengaduan-lapor"], "escalate unanswered complaint", "other")
C("puskesmas nolak ibu sy yg pake bpjs, katanya kuota penuh suruh balik besok. sy mau komplain", ["pengaduan-lapor"], "complain about refused BPJS patient", "place")
C("penghulu minta amplop 1 juta padahal nikahnya di kantor kua jam kerja. boleh dilaporin ga?", ["pengaduan-lapor"], "report KUA officiant asking for money", "other")
C("nomor wa dukcapil ga pernah dibales, telp jg ga diangkat. kemana lg harus ngadu?", ["pengaduan-lapor"], "complain about unresponsive Dukcapil contact", "place")
C("Dengan hormat, kantor kelurahan di wilayah kami kerap sudah tutup sebelum pukul 12 siang pada hari kerja. Bagaimana cara menyampaikan keluhan resmi atas hal ini?", ["pengaduan-lapor"], "formal complaint about office hours", "steps")
C("dana pip anak sy dipotong 200rb sama pihak sekolah, katanya buat uang kas. ini lapor kmn", ["pengaduan-lapor"], "report school cutting PIP funds", "place")
C("pak rt njaluk duit 50 ewu nggo surat pengantar, aku arep lapor nang endi yo", ["pengaduan-lapor"], "report RT asking for money (Javanese)", "place")
C("antri di kantor imigrasi dr subuh, petugasnya malah asik main hp. pelayanan parah, sy mau bikin laporan", ["pengaduan-lapor"], "complain about idle immigration staff", "steps")

if __name__ == "__main__":
    random.Random(20261203).shuffle(ROWS)
    with open("/work/fixblind2/questions.jsonl", "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(ROWS), Counter(r["group"] for r in ROWS))

# in_scope rows, articles k..z (hand-written)
from common import R

ROWS = [
# ktp-el-baru
R("anak sy ultah ke-17 minggu depan, bisa langsung rekam ktp? bawa apa?", ["ktp-el-baru"], "first e-KTP documents", "documents"),
R("rekam e-ktp pertama kali bisa di kantor kecamatan ga atau harus ke disdukcapil?", ["ktp-el-baru"], "where to record first e-KTP", "place"),
# ktp-el-hilang
R("ktp sy jatoh di angkot pas pulang kerja, mau bikin lagi harus ke polsek dulu?", ["ktp-el-hilang"], "police letter for lost e-KTP", "documents"),
R("mas, KTP kulo ical wonten peken. ngurus malih pripun nggih, kedah rekam ulang mboten?", ["ktp-el-hilang"], "replace lost e-KTP", "steps"),
# ktp-el-perubahan-data
R("udh nikah 2 bulan, di ktp statusnya msh tertulis belum kawin. mau diganti bawa apa?", ["ktp-el-perubahan-data"], "update marital status on e-KTP", "documents"),
R("pekerjaan di ktp masih pelajar, skrg udh kerja di bank. bisa diupdate?", ["ktp-el-perubahan-data"], "update occupation on e-KTP", "steps"),
# ktp-el-rusak
R("ktp sy patah kelindes motor, ganti baru perlu surat kehilangan ga?", ["ktp-el-rusak"], "replace broken e-KTP", "documents"),
R("chip e-ktp ga kebaca waktu buka rekening di bank, katanya rusak. urus dimana?", ["ktp-el-rusak"], "replace e-KTP with faulty chip", "place"),
# lapor-jual-kendaraan
R("motor udh sy jual ke orang subang tp dia blm balik nama. biar pajak progresif ga kena ke sy gmn?", ["lapor-jual-kendaraan"], "report vehicle sale", "steps"),
R("lapor jual mobil di jakarta bisa online ga?", ["lapor-jual-kendaraan"], "report vehicle sale online", "online"),
# laporan-polisi
R("rumah kemalingan tadi subuh, tv sama laptop ilang. bikin laporan ke polsek bawa apa?", ["laporan-polisi"], "documents for police report", "documents"),
R("udah lapor polisi 2 bulan lalu kasus penganiayaan, blm ada kabar. cara cek perkembangannya?", ["laporan-polisi"], "track police report progress", "steps"),
# legalisir-dokumen-kependudukan
R("daftar kerja di BUMN minta fotokopi kk dilegalisir, kk sy yg ada barcodenya. masih perlu dilegalisir?", ["legalisir-dokumen-kependudukan"], "legalise QR family card", "other"),
# mutasi-kendaraan
R("motor sy plat B, skrg pindah ke semarang. mau ganti plat H caranya gmn?", ["mutasi-kendaraan"], "transfer vehicle registration to new region", "steps"),
R("biaya cabut berkas mobil dr jakarta ke surabaya brp?", ["mutasi-kendaraan"], "vehicle transfer fee", "cost"),
# nib-oss
R("sy jualan seblak online di tiktok, perlu bikin NIB ga? caranya gmn", ["nib-oss"], "NIB for small online seller", "steps"),
R("bikin nib di oss bayar ga?", ["nib-oss"], "NIB fee", "cost"),
# nik-tidak-terdaftar
R("daftar bpjs ditolak, katanya nik sy ga ditemukan. padahal ktp asli. kenapa ya?", ["nik-tidak-terdaftar"], "NIK not found", "overview"),
R("NIK sy dinonaktifkan krn lama ngerantau di batam, gmn aktifin lagi?", ["nik-tidak-terdaftar"], "reactivate deactivated NIK", "steps"),
# nikah-kua
R("rencana akad di rumah calon istri di garut bulan depan, biaya nikahnya brp?", ["nikah-kua"], "wedding fee outside KUA", "cost"),
R("daftar nikah di KUA paling lambat berapa hari sebelum akad?", ["nikah-kua"], "marriage registration deadline", "duration"),
R("syarat daftar nikah skrg ada surat sehat dr puskesmas ya?", ["nikah-kua"], "marriage registration documents", "documents"),
# npwp-badan
R("koperasi simpan pinjam kami mau bikin npwp, daftar lewat coretax syaratnya apa?", ["npwp-badan"], "cooperative tax ID documents", "documents"),
R("npwp yayasan panti asuhan bayar ga daftarnya?", ["npwp-badan"], "foundation tax ID fee", "cost"),
# npwp-pribadi
R("sy baru keterima kerja, HRD minta npwp. bikinnya online gmn skrg?", ["npwp-pribadi"], "register personal NPWP online", "online"),
# pajak-kendaraan-tahunan
R("bayar pajak motor tahunan lewat aplikasi signal bisa?", ["pajak-kendaraan-tahunan"], "pay vehicle tax online", "online"),
R("motor atas nama kakak, sy mau bayar pajaknya di samsat. perlu ktp dia?", ["pajak-kendaraan-tahunan"], "pay tax for vehicle in another's name", "documents"),
# paspor-baru
R("mau umroh bulan maret, paspor blm punya. bikinnya gmn?", ["paspor-baru"], "new passport steps", "steps"),
R("paspor elektronik yg 10 tahun brp skrg?", ["paspor-baru"], "e-passport fee", "cost"),
R("Selamat siang. Paspor saya habis masa berlakunya Januari lalu; apakah penggantiannya tetap melalui aplikasi M-Paspor?", ["paspor-baru"], "renew expired passport", "online"),
# paspor-hilang-rusak
R("paspor sy kecuci di mesin cuci, halamannya rusak. kena denda?", ["paspor-hilang-rusak"], "damaged passport fee", "cost"),
R("paspor ilang pas liburan di bangkok, gmn pulangnya?", ["paspor-hilang-rusak"], "passport lost abroad", "place"),
# paspor-pmi
R("sy mau jadi PMI ke hongkong, paspornya butuh rekomendasi disnaker ya?", ["paspor-pmi"], "passport recommendation for migrant worker", "documents"),
R("katanya kerja di taiwan sbg ART gratis biaya penempatan, bener ga?", ["paspor-pmi"], "placement cost for domestic worker", "cost"),
# pbb-p2
R("sppt pbb rumah blm dateng, mau cek tagihan pake NOP bisa online?", ["pbb-p2"], "check property tax online", "online"),
R("pbb telat 2 taun, dendanya dihitung gmn?", ["pbb-p2"], "property tax late penalty", "penalty"),
# pbg-simbg
R("mau bangun rumah 2 lantai di sleman, skrg ga pake IMB lagi ya? urusnya lewat apa?", ["pbg-simbg"], "building permit replacement", "overview"),
R("retribusi pbg rumah tinggal dihitung dari apa?", ["pbg-simbg"], "building permit fee basis", "cost"),
# pemecahan-sertifikat-tanah
R("tanah warisan 600 meter mau dibagi jadi 3 buat kami bersaudara, sertifikat dipecah gmn?", ["pemecahan-sertifikat-tanah"], "split land certificate", "steps"),
R("sertifikat masih dijaminin ke bank, bisa dipecah ga?", ["pemecahan-sertifikat-tanah"], "split mortgaged certificate", "eligibility"),
# pendaftaran-haji
R("ibu sy mau daftar haji reguler di kab. bantul, setoran awalnya brp?", ["pendaftaran-haji"], "hajj initial deposit", "cost"),
R("anak umur 13 bisa didaftarin haji sekalian sama ortunya?", ["pendaftaran-haji"], "minimum hajj registration age", "eligibility"),
# pengaduan-lapor
R("lampu jalan di gang rumah sy mati udh 3 bulan, lapor kemana ya?", ["pengaduan-lapor"], "report broken street light", "place"),
R("lapor.go.id bisa tanpa nama ga? takut ketauan", ["pengaduan-lapor"], "anonymous complaint", "other"),
# pengakuan-anak
R("anak sy lahir dr nikah siri, di akte cuma ada nama ibu. suami mau namanya dicantumin, caranya?", ["pengakuan-anak"], "add father's name via acknowledgement", "steps"),
# pengangkatan-anak
R("kami udh 8 th nikah blm dikasih anak, mau angkat anak dr panti asuhan di solo. syaratnya apa?", ["pengangkatan-anak"], "adoption eligibility", "eligibility"),
R("adopsi keponakan sendiri harus lewat pengadilan juga?", ["pengangkatan-anak"], "adopting a relative", "steps"),
# pengesahan-anak
R("kami baru dapet buku nikah setelah isbat, anak udh umur 4. aktanya diubah gimana?", ["pengesahan-anak"], "legitimation of child after marriage registration", "steps"),
# penipuan-online
R("barusan transfer 2 juta buat beli iphone di marketplace, penjualnya ngilang. uangnya bisa balik ga?", ["penipuan-online"], "recover money after online scam", "steps"),
R("ibu sy klik file apk undangan nikah di wa, saldo m-banking kekuras. lapor ke mana?", ["penipuan-online"], "report APK phishing", "place"),
# pindah-datang
R("sy udh pegang skpwni dr kab. kediri, skrg di bekasi. bikin ktp bekasi bawa apa?", ["pindah-datang"], "documents for move-in registration", "documents"),
# pindah-keluar-skpwni
R("mau pindah ktp dr medan ke pekanbaru krn ikut suami, surat pindahnya urus dimana?", ["pindah-keluar-skpwni"], "where to get moving letter", "place"),
R("pindah kk ke kota lain harus pulang ke dukcapil asal ga? sy udh di balikpapan", ["pindah-keluar-skpwni"], "moving letter without returning home", "place"),
# pindah-luar-negeri
R("mau lanjut S2 di belanda 2 taun, perlu lapor pindah ke dukcapil?", ["pindah-luar-negeri"], "SKPLN for study abroad", "eligibility"),
R("udh 6 th tinggal di jepang, mau pulang menetap di depok. ktp sy dulu dicabut, gmn?", ["pindah-luar-negeri"], "register after returning from abroad", "steps"),
# pip
R("anak sy kelas 4 SD, gmn cek dapet PIP atau ngga?", ["pip"], "check PIP status", "online"),
# roya
R("KPR BTN sy lunas bulan ini, sertifikat udh diambil. roya ngurus sendiri ke BPN?", ["roya"], "roya after mortgage payoff", "steps"),
# sertifikat-halal-self-declare
R("sy bikin rempeyek rumahan, mau label halal gratis. ada program dr pemerintah?", ["sertifikat-halal-self-declare"], "free halal certification", "overview"),
# sertifikat-tanah-elektronik
R("sertifikat kertas lama harus ditukar ke elektronik ga? takut ga berlaku", ["sertifikat-tanah-elektronik"], "validity of paper certificate", "validity"),
R("biaya alih media sertifikat ke elektronik brp?", ["sertifikat-tanah-elektronik"], "conversion fee", "cost"),
# sertifikat-tanah-hilang
R("sertifikat tanah bapak ilang pas pindahan, urus penggantinya berapa lama?", ["sertifikat-tanah-hilang"], "replacement certificate duration", "duration"),
R("sertifikat rumah kebakar, perlu pengumuman koran juga?", ["sertifikat-tanah-hilang"], "damaged land certificate requirements", "documents"),
# sertifikat-tanah-ptsl
R("tanah sy masih girik di desa, ada program sertifikat gratis ga?", ["sertifikat-tanah-ptsl"], "PTSL eligibility", "eligibility"),
# sim-baru
R("umur 17 mau bikin sim c di polres sleman, tesnya apa aja?", ["sim-baru"], "new SIM C tests", "steps"),
R("biaya sim A baru brp?", ["sim-baru"], "new SIM A fee", "cost"),
R("Punten, abdi bade ngadamel SIM C kanggo motor, naha tiasa di SIM keliling?", ["sim-baru"], "new SIM at mobile unit", "place"),
# sim-hilang-rusak
R("sim c sy ilang di pasar, masih berlaku sampe 2027. harus ujian lagi?", ["sim-hilang-rusak"], "replace lost SIM without test", "steps"),
# sim-internasional
R("mau roadtrip di australia pake sim internasional, bikinnya bisa online?", ["sim-internasional"], "international driving permit online", "online"),
R("sim internasional berlaku brp lama?", ["sim-internasional"], "IDP validity", "validity"),
# sim-perpanjangan
R("sim A habis 2 minggu lagi, perpanjang lewat aplikasi bisa?", ["sim-perpanjangan"], "renew SIM online", "online"),
R("sim udh mati 3 bulan, bisa diperpanjang ga?", ["sim-perpanjangan"], "renew expired SIM", "eligibility"),
# skck-baru
R("mau daftar satpam di mall, disuruh bawa skck. syaratnya apa?", ["skck-baru"], "SKCK documents", "documents"),
R("skck buat daftar kerja ke jepang bikin di polres atau polda?", ["skck-baru"], "SKCK office level for abroad", "place"),
# skck-perpanjangan
R("skck sy habis minggu depan, perpanjang bawa apa aja?", ["skck-perpanjangan"], "SKCK renewal documents", "documents"),
R("skck udh kadaluarsa 2 bulan, masih bisa diperpanjang?", ["skck-perpanjangan"], "renew expired SKCK", "eligibility"),
# sktm
R("anak mau daftar beasiswa, disuruh lampirin sktm. bikinnya di kelurahan ya?", ["sktm"], "where to get SKTM", "place"),
# spmb-sekolah
R("anak sy umur 6 th 3 bulan per juli, udh bisa daftar SD negeri?", ["spmb-sekolah"], "SD admission age", "eligibility"),
R("jalur domisili SMP, kk harus udh berapa lama?", ["spmb-sekolah"], "family card age for domicile route", "documents"),
# spp-irt
R("mau jual sambal bawang botolan di shopee, izin pirt ngurusnya gmn?", ["spp-irt"], "PIRT permit steps", "steps"),
R("bakso frozen rumahan bisa pake pirt ga?", ["spp-irt"], "PIRT for frozen food", "eligibility"),
# spt-tahunan
R("sy karyawan swasta, lapor spt tahunan skrg lewat coretax ya? caranya?", ["spt-tahunan"], "file annual tax return", "online"),
R("lupa lapor spt taun kemaren, dendanya brp?", ["spt-tahunan"], "late SPT penalty", "penalty"),
# stnk-hilang
R("stnk motor ilang, bpkb masih di leasing adira. bisa diurus ga?", ["stnk-hilang"], "lost STNK with BPKB at leasing", "documents"),
R("biaya stnk hilang buat mobil brp?", ["stnk-hilang"], "lost STNK fee", "cost"),
# stnk-lima-tahunan
R("stnk mobil udh 5 taun, ganti plat harus bawa mobilnya ke samsat?", ["stnk-lima-tahunan"], "5-year STNK physical check", "steps"),
# surat-ahli-waris
R("bapak meninggal, mau cairin tabungan di BRI disuruh bawa surat waris. bikinnya dimana?", ["surat-ahli-waris"], "where to get heir certificate", "place"),
# surat-domisili
R("sy ngekos di surabaya, ktp madiun. kantor minta surat domisili, caranya gmn?", ["surat-domisili"], "domicile letter for boarder", "steps"),
# surat-kehilangan-polisi
R("dompet kecopetan di KRL, isinya ktp, atm bca, sim. surat kehilangannya bikin dimana?", ["surat-kehilangan-polisi"], "where to get police loss report", "place"),
R("surat keterangan hilang dr polsek itu gratis apa bayar?", ["surat-kehilangan-polisi"], "police loss report fee", "cost"),
# surat-pengantar-rt-rw
R("mau bikin ktp masih perlu pengantar rt ga sih?", ["surat-pengantar-rt-rw"], "RT letter for e-KTP", "documents"),
# tilang-elektronik-etle
R("dapet surat tilang etle ke rumah, foto motor sy lawan arah. bayarnya gmn?", ["tilang-elektronik-etle"], "pay ETLE fine", "steps"),
R("stnk keblokir krn etle, ga bisa bayar pajak. buka blokirnya gmn?", ["tilang-elektronik-etle"], "unblock STNK after ETLE", "steps"),
# usulan-bansos-dtsen
R("keluarga sy blm pernah dapet bansos padahal suami kuli bangunan, daftarnya gmn?", ["usulan-bansos-dtsen"], "apply for social assistance", "steps"),
R("tetangga punya mobil kok dapet pkh, bisa dilaporin?", ["usulan-bansos-dtsen"], "challenge ineligible recipient", "other"),
]

# Hand-written evaluation questions. Every row below was typed by hand after
# reading /work/fixdigest/digest.md; this script only assembles and shuffles them.
import json
import random

ROWS = []


def add(q, ids, group, need, aspect, prev=""):
    ROWS.append({"q": q, "ids": list(ids), "new_ids": [], "group": group,
                 "need": need, "aspect": aspect, "prev": prev})


def IS(q, ids, aspect, need):
    add(q, ids, "in_scope", need, aspect)


def NM(q, aspect, need):
    add(q, [], "near_miss", need, aspect)


def OT(q, need):
    add(q, [], "off_topic", need, "other")


def FU(prev, q, ids, aspect, need):
    add(q, ids, "follow_up", need, aspect, prev)


def EN(q, ids, aspect, need):
    add(q, ids, "english", need, aspect)


def CP(q, ids, aspect, need):
    add(q, ids, "complaint", need, aspect)


# ---------------------------------------------------------------- in_scope
# akta-kelahiran-hilang
IS("akte lahir ilang", ["akta-kelahiran-hilang"], "overview", "replace lost birth certificate")
IS("akta kelahiran sy rusak dimakan rayap di lemari rumah nenek di Purworejo, mau dipake buat daftar kuliah. ganti baru bayar ga?", ["akta-kelahiran-hilang"], "cost", "cost of reprinting damaged birth certificate")
IS("min akta lahir sy dulu terbit di Sleman, skrg sy tinggal di Bekasi dan aktanya ilang pas pindahan. harus balik ke sleman ngurusnya?", ["akta-kelahiran-hilang"], "place", "where to reprint lost birth certificate")
# akta-kelahiran-terlambat
IS("telat bikin akta lahir kena denda?", ["akta-kelahiran-terlambat"], "penalty", "fine for late birth registration")
IS("umur sy 42 thn blm punya akte kelahiran, surat dr bidan jg udh ga ada. masih bisa bikin ga?", ["akta-kelahiran-terlambat"], "documents", "adult late birth certificate without birth letter")
IS("anak sy udh 2 taun blm diurus aktanya krn dulu sibuk bolak-balik rs. tetangga bilang harus lewat pengadilan, bener?", ["akta-kelahiran-terlambat"], "steps", "late birth registration court requirement")
# akta-kelahiran
IS("anak kedua sy lahir td subuh di bidan desa, suami lg merantau di Kalimantan. syarat aktanya apa aja ya?", ["akta-kelahiran"], "documents", "birth certificate requirements")
IS("akta kelahiran jadi brp hari", ["akta-kelahiran"], "duration", "birth certificate processing time")
IS("istri baru lahiran di puskesmas kemarin, kami nikah siri jd ga ada buku nikah. aktanya tetep bisa diurus?", ["akta-kelahiran"], "eligibility", "birth certificate without marriage book")
IS("bikin akte lahir di rs langsung bisa ga", ["akta-kelahiran"], "place", "birth certificate service at hospital")
# akta-kematian
IS("badhe ngurus akta kematian simbah, kedah dhateng pundi nggih?", ["akta-kematian"], "place", "where to get death certificate")
IS("bapak meninggal 2 minggu lalu di rumah, ga ada surat dokter. akta kematiannya gmn ya?", ["akta-kematian"], "documents", "death certificate without doctor letter")
IS("lapor kematian paling lambat brp hari", ["akta-kematian"], "other", "death reporting deadline")
IS("ibu sy meninggal, status ktp bapak jadi cerai mati bisa diurus sekalian?", ["akta-kematian", "ktp-el-perubahan-data"], "steps", "update widower status after death registration")
# akta-perceraian
IS("akta cerai ambil dimana", ["akta-perceraian"], "place", "where to get divorce certificate")
IS("kami kristen, putusan cerai dr PN udah inkracht bulan lalu. ke dukcapil bawa apa aja ya?", ["akta-perceraian"], "documents", "divorce registration documents non-muslim")
IS("udh cerai di pengadilan agama, tp ktp masih status kawin. gantinya gmn?", ["akta-perceraian", "ktp-el-perubahan-data"], "steps", "update ID status after muslim divorce")
# akta-perkawinan-nonmuslim
IS("catat nikah katolik di capil", ["akta-perkawinan-nonmuslim"], "overview", "catholic marriage registration")
IS("abis pemberkatan di gereja, paling telat kapan lapor ke capil?", ["akta-perkawinan-nonmuslim"], "other", "deadline to register church marriage")
IS("kami umat hindu di Badung, upacara pawiwahan udah. syarat akta perkawinannya apa aja, perlu foto berdua?", ["akta-perkawinan-nonmuslim"], "documents", "hindu marriage certificate requirements")
# balik-nama-kendaraan
IS("balik nama motor bekas", ["balik-nama-kendaraan"], "overview", "used motorbike ownership transfer")
IS("biaya bpkb balik nama mobil brp skrg", ["balik-nama-kendaraan"], "cost", "car ownership transfer fee")
IS("beli beat bekas dr temen di Klaten plat AD, sy orang Jogja. balik namanya gmn, platnya ganti ga?", ["balik-nama-kendaraan"], "steps", "transfer used motorbike from another province")
# balik-nama-sertifikat-tanah
IS("balik nama sertifikat tanah", ["balik-nama-sertifikat-tanah"], "overview", "land title transfer after sale")
IS("pph sama bphtb beli tanah itu ditanggung siapa", ["balik-nama-sertifikat-tanah"], "cost", "who pays land sale taxes")
IS("sy beli rumah bekas di Depok dr pak haji, sertifikat masih nama beliau. prosesnya mulai dr mana, langsung ke bpn bisa?", ["balik-nama-sertifikat-tanah"], "steps", "steps of land title transfer via PPAT")
# bpjs-kesehatan-mandiri
IS("sy sama suami buka warung bakso di Cilacap, mau daftar bpjs mandiri. iuran kelas 2 buat ber-4 sebulan brp?", ["bpjs-kesehatan-mandiri"], "cost", "BPJS class 2 premium")
IS("sy sopir travel, mau daftar bpjs mandiri tp duitnya pas2an. bisa buat sy sendiri dulu ga, istri sama anak nanti nyusul?", ["bpjs-kesehatan-mandiri"], "eligibility", "must whole family register BPJS")
IS("sy freelancer desain, blm pernah pny bpjs sama sekali. daftarnya bisa lwt hp?", ["bpjs-kesehatan-mandiri"], "online", "register BPJS independently via app")
IS("bayar iuran bpjs paling telat tgl brp", ["bpjs-kesehatan-mandiri", "bpjs-kesehatan-reaktivasi"], "other", "BPJS monthly payment deadline")
# bpjs-kesehatan-pbi
IS("bpjs gratis dr pemerintah", ["bpjs-kesehatan-pbi"], "overview", "government-paid BPJS")
IS("kis pbi ibu sy tiba2 ga aktif pas mau berobat, padahal kami masih susah. ngaktifinnya kemana?", ["bpjs-kesehatan-pbi", "bpjs-kesehatan-reaktivasi"], "place", "reactivate deactivated PBI")
IS("syarat dapet bpjs pbi", ["bpjs-kesehatan-pbi"], "eligibility", "PBI eligibility")
# bpjs-kesehatan-pindah-faskes
IS("faskes sy masih puskesmas di Cibinong padahal udh pindah ngontrak ke Depok 4 bulan. gantinya gmn?", ["bpjs-kesehatan-pindah-faskes"], "steps", "change primary clinic")
IS("baru sebulan daftar di klinik deket kantor, mau pindah ke puskesmas deket rumah. udh bisa blm?", ["bpjs-kesehatan-pindah-faskes"], "eligibility", "minimum time before changing clinic")
IS("sy lg dinas 2 minggu di Makassar, faskes sy di Bandung. kalo sakit hrs pindah faskes dulu?", ["bpjs-kesehatan-pindah-faskes"], "other", "treatment while temporarily out of town")
# bpjs-kesehatan-reaktivasi
IS("nunggak bpjs 3 thn, hrs bayar semua?", ["bpjs-kesehatan-reaktivasi"], "cost", "arrears amount to reactivate BPJS")
IS("denda bpjs rawat inap", ["bpjs-kesehatan-reaktivasi"], "penalty", "inpatient penalty after reactivation")
IS("habis kontrak di pabrik garmen bulan lalu, bpjs kesehatan dr kantor jd mati. mau lanjut bayar sendiri ngurusnya gmn?", ["bpjs-kesehatan-reaktivasi"], "steps", "switch from employee to independent BPJS")
# bpjs-ketenagakerjaan-jht
IS("cairin jht", ["bpjs-ketenagakerjaan-jht"], "steps", "claim JHT")
IS("saldo jht sy 18jt, bisa klaim lwt jmo ga?", ["bpjs-ketenagakerjaan-jht"], "online", "JHT claim channel by balance")
IS("sy kena phk akhir oktober, paklaring udh dpt. paling cepet kapan bisa klaim jht?", ["bpjs-ketenagakerjaan-jht"], "duration", "JHT waiting period after layoff")
# cek-bansos
IS("cek pkh", ["cek-bansos"], "online", "check PKH recipient status")
IS("gmn tau sy terdaftar bpnt ato nggak", ["cek-bansos"], "steps", "check BPNT status")
IS("mak sy di desa Cibadak katanya dapet sembako tp blm pernah nerima. sy mau cek lewat hp, perlu nik ga?", ["cek-bansos"], "documents", "what data needed to check bansos")
# ikd
IS("aktivasi ikd", ["ikd"], "steps", "activate digital ID")
IS("ktp digital bisa aktivasi dr rumah aja ga", ["ikd"], "online", "activate IKD without office visit")
IS("sy kerja di Surabaya tp ktp Lamongan, mau aktivasi ikd di dukcapil sby bisa?", ["ikd"], "place", "activate IKD outside home region")
# kartu-kuning-ak1
IS("syarat kartu kuning", ["kartu-kuning-ak1"], "documents", "job seeker card requirements")
IS("kartu ak1 berlaku brp lama", ["kartu-kuning-ak1"], "validity", "job seeker card validity")
IS("baru lulus smk, mau ngelamar di pabrik Cikarang diminta kartu kuning. ktp sy Garut, bikinnya di Bekasi bisa?", ["kartu-kuning-ak1"], "place", "where to make job seeker card")
# kia
IS("anak 3 thn bikin kia perlu foto ga", ["kia"], "documents", "child ID photo requirement")
IS("kia gratis ga", ["kia"], "cost", "child ID cost")
IS("sekolah minta kia buat daftar sd. anak sy udh 6 thn, akta ada. bikinnya dimana?", ["kia"], "place", "where to make child ID")
# kk-baru
IS("kk baru setelah nikah", ["kk-baru"], "steps", "new family card after marriage")
IS("punten, upami bade ngadamel kk enggal saatos nikah, kedah ka mana nya?", ["kk-baru"], "place", "where to make family card after marriage")
IS("sy nikah di KUA Boyolali, suami ktp Semarang. kami mau bikin kk sendiri di semarang, apa aja yg perlu disiapin?", ["kk-baru"], "documents", "documents for new family card, spouse from other city")
# kk-hilang-rusak
IS("kk kami ilang waktu kios di pasar kebakaran minggu lalu, semua berkas ludes. ngurus kk baru gmn ya?", ["kk-hilang-rusak"], "steps", "replace lost family card")
IS("rumah di Kampung Melayu kebanjiran lagi, kk sampe basah dan luntur. perlu surat polisi ga buat gantinya?", ["kk-hilang-rusak"], "documents", "damaged family card police letter")
IS("kk rusak ganti brp lama", ["kk-hilang-rusak"], "duration", "family card replacement time")
# kk-pisah
IS("pecah kk", ["kk-pisah"], "overview", "split family card")
IS("umur 24 blm nikah, bisa pisah kk tp tetep serumah sama ortu?", ["kk-pisah"], "eligibility", "split family card same address unmarried")
IS("sy baru cerai thn ini, masih ikut kk mantan suami. mau pisah kk bareng 2 anak sy, bawa apa aja?", ["kk-pisah"], "documents", "split family card after divorce")
# kk-tambah-anggota
IS("bayi sy lahir di RSUD bulan lalu, aktanya blm diurus. biar masuk kk sekalian gmn caranya?", ["kk-tambah-anggota", "akta-kelahiran"], "steps", "add newborn to family card")
IS("ponakan sy mau numpang kk krn sekolah di sini, umurnya 15. syaratnya apa?", ["kk-tambah-anggota"], "documents", "add minor relative to family card")
IS("nambah anggota kk brp hari jadi", ["kk-tambah-anggota"], "duration", "add family member processing time")
# ktp-el-baru
IS("anak sy bln depan 17 thn, bikin ktp perlu surat pengantar rt ga?", ["ktp-el-baru"], "documents", "first ID card RT letter requirement")
IS("bikin e-ktp bayar ga sih", ["ktp-el-baru"], "cost", "first ID card cost")
IS("umur 16 tp udah nikah, boleh bikin ktp?", ["ktp-el-baru"], "eligibility", "ID card for married minor")
IS("adik sy udh 21 thn blm rekam ktp krn kerja di kapal. ada sanksinya ga?", ["ktp-el-baru"], "penalty", "consequence of not recording ID")
# ktp-el-hilang
IS("ktp ilang", ["ktp-el-hilang"], "overview", "replace lost ID card")
IS("mas, ktp ku ilang nang pasar, kudu nang polsek sik po ora?", ["ktp-el-hilang"], "documents", "police letter for lost ID")
IS("dompet sy kecopetan di KRL kemarin, ktp ikut ilang. di dukcapil sehari jadi ga?", ["ktp-el-hilang"], "duration", "lost ID replacement time")
# ktp-el-perubahan-data
IS("nama di ktp sy Muhamad harusnya Muhammad, ketauan pas mau daftar umroh. benerinnya bawa apa?", ["ktp-el-perubahan-data"], "documents", "correct name typo on ID")
IS("baru wisuda S1, mau tambahin gelar di ktp bisa ga min?", ["ktp-el-perubahan-data"], "eligibility", "add academic title to ID")
IS("udh 3 bulan nikah ktp masih blm kawin. suami ktp Medan, sy ktp Binjai. ngubahnya di mana?", ["ktp-el-perubahan-data"], "place", "where to update ID status")
# ktp-el-rusak
IS("ktp patah", ["ktp-el-rusak"], "overview", "replace broken ID card")
IS("ktp retak perlu lapor polisi?", ["ktp-el-rusak"], "documents", "police letter for damaged ID")
IS("chip ktp sy ga kebaca pas mau buka rekening di bank. ganti ktp baru biayanya brp?", ["ktp-el-rusak"], "cost", "cost to replace ID with broken chip")
# legalisir-dokumen
IS("mau daftar PPPK, panitia minta fotokopi kk dilegalisir. kk sy yg model lama tanpa barcode, legalisirnya gmn?", ["legalisir-dokumen"], "steps", "legalize family card")
IS("kk yg ada qr code nya masih hrs dilegalisir ga buat daftar cpns?", ["legalisir-dokumen"], "other", "QR documents need legalization?")
IS("akta lahir sy yg lama masih tanda tangan basah, terbitan Kediri. skrg sy di Jakarta, legalisirnya bisa di jkt?", ["legalisir-dokumen"], "place", "where to legalize old birth certificate")
# nib-oss
IS("bikin nib", ["nib-oss"], "steps", "get business ID number")
IS("sy ibu rumah tangga jualan frozen food lewat WA, temen bilang bikin nib harus bayar ke calo 500rb. bener ga sih?", ["nib-oss"], "cost", "NIB cost")
IS("sy jualan kue kering dr rumah, mau titip di supermarket diminta nib. daftarnya lewat hp bisa, lama ga?", ["nib-oss"], "online", "NIB online for home business")
# nikah-kua
IS("biaya nikah kua", ["nikah-kua"], "cost", "KUA marriage fee")
IS("sy mau nikah bulan depan tgl 14, calon suami dr kecamatan lain. daftarnya paling lambat kapan dan perlu surat apa dr KUA dia?", ["nikah-kua"], "documents", "marriage registration deadline and recommendation letter")
IS("nikah umur 18 perlu izin apa", ["nikah-kua"], "eligibility", "underage marriage permission")
# npwp-pribadi
IS("daftar npwp online", ["npwp-pribadi"], "online", "register personal NPWP online")
IS("nik udh otomatis jadi npwp blm sih? sy blm pernah daftar", ["npwp-pribadi"], "eligibility", "NIK as NPWP activation")
IS("sy karyawan baru, hrd minta npwp. blm punya, bisa bikin sendiri lewat coretax atau hrs ke kpp?", ["npwp-pribadi"], "steps", "how to get NPWP as new employee")
# paspor-baru
IS("harga e paspor brp", ["paspor-baru"], "cost", "e-passport fee")
IS("paspor 10 thn syaratnya apa", ["paspor-baru"], "eligibility", "10-year passport eligibility")
IS("mau umroh bulan Maret sama ibu, sy blm pny paspor. lama ga jadinya?", ["paspor-baru"], "duration", "passport processing time")
IS("perpanjang paspor yg udh mati bawa apa", ["paspor-baru"], "documents", "documents to replace expired passport")
# paspor-hilang-rusak
IS("denda paspor ilang", ["paspor-hilang-rusak"], "penalty", "lost passport fee")
IS("paspor anak sy dicoret2 adiknya, itu termasuk rusak ga?", ["paspor-hilang-rusak"], "other", "scribbled passport counts as damaged")
IS("paspor sy ilang waktu di Jeddah, gmn pulangnya?", ["paspor-hilang-rusak"], "place", "passport lost abroad")
# pbg-bangunan
IS("imb rumah masih perlu?", ["pbg-bangunan"], "overview", "is IMB still required")
IS("retribusi pbg brp", ["pbg-bangunan"], "cost", "PBG levy")
IS("mau renov rumah nambah lantai 2 di Bogor, katanya skrg bukan imb lagi tp pbg. ngajuinnya dmn?", ["pbg-bangunan"], "place", "where to apply for PBG")
# pengaduan-lapor
IS("cara bikin aduan di lapor.go.id gmn", ["pengaduan-lapor"], "steps", "file complaint on LAPOR")
IS("lapor anonim bisa?", ["pengaduan-lapor"], "other", "anonymous complaint")
IS("lapor pungli bisa lewat apa aja selain website?", ["pengaduan-lapor"], "place", "complaint channels")
# pindah-datang
IS("sy baru pindah tugas dr Palembang ke Jambi bawa istri & 2 anak, skpwni udh ada. di jambi lapornya ke mana?", ["pindah-datang"], "place", "report arrival in new city")
IS("syarat pindah datang kalo ngontrak", ["pindah-datang"], "documents", "arrival registration while renting")
IS("sy pindah dr Medan ke Pekanbaru bawa surat pindah, ktp lama ditarik ya? jadinya brp hari?", ["pindah-datang"], "duration", "arrival registration processing time")
# pindah-keluar
IS("urus skpwni perlu pengantar rt?", ["pindah-keluar"], "documents", "SKPWNI RT letter requirement")
IS("sy udh terlanjur tinggal di Bali 2 thn, ktp masih Jember. surat pindahnya bisa diurus dr Bali aja?", ["pindah-keluar"], "place", "apply for moving letter from destination")
IS("pindah kecamatan msh satu kota perlu skpwni?", ["pindah-keluar"], "steps", "move within same city")
# pip-kip
IS("dana pip smp brp", ["pip-kip"], "cost", "PIP amount junior high")
IS("anak sy kelas 4 sd, keluarga kami dapet pkh tp anak blm dpt pip. daftarinnya lewat mana?", ["pip-kip"], "steps", "propose child for PIP")
IS("anak sy di MTs katanya dapet pip, tp sy bingung cairnya dimana. ke bank mana ya?", ["pip-kip"], "place", "PIP disbursing bank")
# sertifikat-tanah-ptsl
IS("ptsl bayar brp", ["sertifikat-tanah-ptsl"], "cost", "PTSL cost")
IS("tanah warisan kakek masih letter c, mau ikut ptsl perlu apa aja?", ["sertifikat-tanah-ptsl"], "documents", "PTSL documents for inherited land")
IS("desa sy katanya thn depan ada ptsl. kira2 dr daftar sampe sertifikat jadi brp lama?", ["sertifikat-tanah-ptsl"], "duration", "PTSL duration")
# sim-baru
IS("umur minimal sim a", ["sim-baru"], "eligibility", "minimum age for car licence")
IS("anak sy 17 thn mau bikin sim c. tes psikologinya bisa online ga? trs wajib bpjs?", ["sim-baru"], "documents", "new licence health/psych test and BPJS")
IS("sim berlaku 5 tahun dihitung dr kapan", ["sim-baru", "sim-perpanjangan"], "validity", "licence validity start date")
# sim-hilang-rusak
IS("sim ilang", ["sim-hilang-rusak"], "overview", "replace lost licence")
IS("akang, sim abdi leungit di angkot, kedah tes deui teu?", ["sim-hilang-rusak"], "steps", "retest needed for lost licence?")
IS("sim c sy ilang pas mudik, ternyata udh mati 3 bulan. bisa ganti atau bikin baru?", ["sim-hilang-rusak"], "eligibility", "lost and expired licence")
# sim-perpanjangan
IS("perpanjang sim online", ["sim-perpanjangan"], "online", "renew licence online")
IS("sim mati sehari bisa diperpanjang?", ["sim-perpanjangan"], "eligibility", "renew expired licence")
IS("sim a sy abis tgl 20 bulan ini, sy kerja senin-sabtu. ada sim keliling ga? biayanya brp?", ["sim-perpanjangan"], "cost", "licence renewal fee and mobile service")
# skck-baru
IS("syarat skck", ["skck-baru"], "documents", "police certificate requirements")
IS("sy mau berangkat magang kerja ke Jepang bulan depan, lpk minta skck. bikinnya di polres atau polda?", ["skck-baru"], "place", "where to get SKCK for overseas")
IS("sy mau daftar satpam di mall, diminta skck. bayarnya brp ya?", ["skck-baru"], "cost", "SKCK fee")
# skck-perpanjangan
IS("perpanjang skck", ["skck-perpanjangan"], "overview", "renew police certificate")
IS("skck sy abis 2 thn lalu, msh bisa diperpanjang?", ["skck-perpanjangan", "skck-baru"], "eligibility", "renew long-expired SKCK")
IS("dulu bikin skck di Polres Bantul, skrg sy tinggal di Sleman. perpanjangnya di sleman bisa?", ["skck-perpanjangan"], "place", "where to renew SKCK")
# sktm
IS("bikin sktm dimana", ["sktm"], "place", "where to get poverty letter")
IS("bapak sy mau operasi katarak di rs swasta, katanya bisa dapet keringanan kalo ada sktm. syaratnya apa aja?", ["sktm"], "documents", "poverty letter requirements")
IS("anak sy diterima kuliah di Unpad, mau ngajuin keringanan ukt diminta sktm. sehari jadi ga?", ["sktm"], "duration", "poverty letter processing time")
# spt-tahunan
IS("sy guru honorer di Sumedang, baru tau ternyata hrs lapor spt. batasnya sampai kapan ya?", ["spt-tahunan"], "other", "annual tax return deadline")
IS("telat lapor spt denda", ["spt-tahunan"], "penalty", "late tax return fine")
IS("sy karyawan swasta, bukti potong a1 udh dikasih kantor. lapor spt skrg lewat mana, masih djp online?", ["spt-tahunan"], "online", "where to file tax return")
# stnk-lima-tahunan
IS("plat motor vario sy udh pudar & stnk nya pas 5 taun bulan ini. ganti plat sekalian bawa apa aja ke samsat?", ["stnk-lima-tahunan"], "documents", "replace number plate")
IS("stnk 5 tahunan bisa online?", ["stnk-lima-tahunan"], "online", "5-year STNK renewal online")
IS("stnk mobil sy mati 5 thn bulan ini, tp bpkb masih di leasing. bisa perpanjang ga?", ["stnk-lima-tahunan"], "documents", "5-year renewal BPKB requirement")
IS("stnk 5 tahunan udh telat hampir 2 thn, apa datanya bakal dihapus?", ["stnk-lima-tahunan"], "penalty", "vehicle registration deletion")
# stnk-pajak-tahunan
IS("lur, bayar pajak motor saiki iso lewat hp ora?", ["stnk-pajak-tahunan"], "online", "pay vehicle tax online")
IS("bayar pajak tahunan wajib ktp pemilik? motornya masih atas nama kakak", ["stnk-pajak-tahunan"], "documents", "owner ID for annual tax")
IS("pajak motor sy jatuh tempo minggu depan, lagi dinas di luar kota. lwt signal prosesnya brp lama?", ["stnk-pajak-tahunan"], "duration", "annual tax via SIGNAL time")
# surat-ahli-waris
IS("kakek meninggal ninggalin tanah sama rumah, ahli warisnya 6 orang tersebar di 3 kota. surat ahli warisnya harus tanda tangan semua?", ["surat-ahli-waris"], "documents", "heirship letter")
IS("mau cairin tabungan alm. bapak di bri, bank minta surat waris. bikinnya di kelurahan tempat sy atau tempat bapak?", ["surat-ahli-waris"], "place", "where to make heirship letter")
IS("surat keterangan waris bayar ga", ["surat-ahli-waris"], "cost", "heirship letter cost")
# surat-domisili
IS("surat domisili kelurahan", ["surat-domisili"], "overview", "domicile letter")
IS("sy anak kos di Jatinangor asli Padang, mau ngelamar part time diminta surat domisili. syaratnya apa?", ["surat-domisili"], "documents", "domicile letter requirements")
IS("surat domisili berlaku brp lama", ["surat-domisili"], "validity", "domicile letter validity")
# surat-kehilangan-polisi
IS("surat kehilangan dr polisi gratis kan?", ["surat-kehilangan-polisi"], "cost", "loss report cost")
IS("buku tabungan sama atm sy ilang di angkot, ktp jg ikut ilang. ke polsek bawa apa?", ["surat-kehilangan-polisi"], "documents", "loss report documents when ID lost")
IS("surat kehilangan berlaku brp hari", ["surat-kehilangan-polisi"], "validity", "loss report validity")
# tilang-elektronik-etle
IS("surat etle dateng", ["tilang-elektronik-etle"], "steps", "what to do with ETLE letter")
IS("dapet surat tilang kamera, tp motornya udh sy jual 2 thn lalu. gmn ini?", ["tilang-elektronik-etle"], "other", "ETLE for sold vehicle")
IS("etle ga dibayar apa akibatnya", ["tilang-elektronik-etle"], "penalty", "consequence of unpaid ETLE")
IS("bayar etle dmn", ["tilang-elektronik-etle"], "place", "where to pay ETLE fine")
# usulan-bansos-dtsen
IS("daftar bansos", ["usulan-bansos-dtsen"], "overview", "apply for social aid")
IS("usul dtsen lewat hp bisa?", ["usulan-bansos-dtsen"], "online", "DTSEN proposal via app")
IS("sy buruh tani di Indramayu, anak 3, blm pernah dapet bantuan apa2. cara masuk data penerima gmn?", ["usulan-bansos-dtsen"], "steps", "get into social aid database")

# ---------------------------------------------------------------- near_miss
NM("bulan depan sy mau road trip di Australia sama temen, sim a udh pny. bikin sim internasionalnya syaratnya apa?", "documents", "international driving permit")
NM("ktp buat wna yg udh pny kitap gmn bikinnya", "eligibility", "ID card for foreign resident")
NM("sy nikah sama orang Malaysia thn lalu, suami skrg udh pegang kitas. dia bisa dimasukin ke kk sy ga?", "eligibility", "foreign spouse in family card")
NM("sy kerja di Kuala Lumpur, anak sy lahir di sana bulan lalu. akta lahirnya ngurus dmn, di sana atau nunggu pulang?", "place", "birth registration abroad")
NM("sy tki di taiwan udah 4 taun, paspor mau abis 3 bulan lg. perpanjangnya dr sini gmn?", "place", "passport renewal while abroad")
NM("bikin visa schengen buat liburan ke eropa", "documents", "schengen visa")
NM("daftar haji reguler antri brp thn", "duration", "hajj registration")
NM("sy sama 2 temen baru bikin PT kontraktor kecil di Kendari. npwp buat pt nya daftarnya gmn?", "steps", "company tax number")
NM("lapor spt masa ppn buat pkp", "steps", "monthly VAT return")
NM("skck buat orang asing yg kerja di jakarta", "eligibility", "police certificate for foreigner")
NM("daftar kip kuliah gmn", "steps", "university KIP scholarship")
NM("kartu kuning vaksin meningitis buat umroh bikin dmn", "place", "international vaccination certificate")
NM("daftar kartu prakerja gelombang terbaru", "steps", "Prakerja program")
NM("klaim jaminan pensiun bpjs ketenagakerjaan", "steps", "pension (JP) claim")
NM("daftar bpjs ketenagakerjaan mandiri buat ojol", "steps", "informal worker BPJSTK registration")
NM("sy HRD di pabrik roti di Sidoarjo, mau daftarin 12 karyawan baru ke bpjs kesehatan. caranya gmn?", "steps", "employer registers staff for BPJS")
NM("cara turun kelas bpjs dr kelas 1 ke kelas 3", "steps", "change BPJS class")
NM("minta rujukan ke rumah sakit pake bpjs gmn", "steps", "hospital referral")
NM("sy masih kerja di bank, mau beli rumah pertama. jht bisa cair 10% ga padahal masih aktif kerja?", "eligibility", "partial JHT while employed")
NM("klaim jkk kecelakaan kerja bpjstk syaratnya", "documents", "work accident benefit claim")
NM("kartu kks ibu sy ilang pas pindahan ke rumah adik, padahal bulan depan jadwal pkh cair. gantinya gmn?", "steps", "replace lost KKS card")
NM("lowongan pendamping pkh 2027", "other", "PKH facilitator job")
NM("cek bsu subsidi gaji udh cair blm", "online", "wage subsidy status")
NM("mbak, sertifikat lemahku ilang kegowo banjir, piye ngurus gantine nang bpn?", "steps", "replace lost land certificate")
NM("bapak mau ngasih tanah di Magelang ke sy sbg anak pertama, bukan jual beli. balik nama sertifikatnya gmn?", "steps", "land title transfer by gift")
NM("mau pecah sertifikat tanah jd 3 buat anak2, prosesnya gmn", "steps", "split land certificate")
NM("ganti sertifikat tanah lama ke sertifikat elektronik gmn", "steps", "convert to electronic land certificate")
NM("bayar pbb rumah online lewat apa", "online", "property tax payment")
NM("bpkb motor sy ilang pas pindahan kontrakan, mau dijual tp pembeli minta bpkb. urus duplikatnya gmn?", "steps", "replace lost BPKB")
NM("motor udh dijual, cara blokir stnk biar ga kena pajak progresif", "steps", "report vehicle sale / block registration")
NM("uji kir mobil pick up syaratnya apa", "documents", "commercial vehicle KIR test")
NM("kemarin sy ditilang polisi di jalan Sudirman krn ga pake helm, sim sy ditahan. ambilnya dimana?", "place", "manual traffic ticket")
NM("buku nikah kami ilang pas rumah kebanjiran awal tahun. bikin duplikatnya di kua gmn, bawa apa?", "steps", "replace lost marriage book")
NM("cara isbat nikah siri di pengadilan agama", "steps", "marriage validation in religious court")
NM("sy muslimah di Lombok, mau nikah sama cowok australia yg udh mualaf di kua. syarat tambahannya apa aja?", "documents", "marriage with foreign national")
NM("nikah beda agama bisa dicatat di capil?", "eligibility", "interfaith marriage registration")
NM("cara ngajuin gugatan cerai ke pengadilan agama", "steps", "filing for divorce")
NM("legalisir ijazah sma dmn", "place", "legalize school diploma")
NM("suami dapet kerja tetap di Perth, sy sama anak mau ikut pindah ke australia. surat pindah ke luar negerinya gmn?", "steps", "emigration moving letter")
NM("surat keterangan belum menikah dr kelurahan syaratnya apa", "documents", "single-status letter")
NM("surat keterangan usaha dr desa buat pinjam kur", "documents", "village business certificate")
NM("cek saldo kjp plus", "online", "Jakarta KJP student aid")
NM("sertifikat halal gratis buat umkm daftarnya gmn", "steps", "halal certification")
NM("izin pirt buat jualan keripik", "steps", "home food industry permit")
NM("cara mendirikan pt perorangan", "steps", "company incorporation")
NM("motor sy dicuri di parkiran pasar, lapor polisinya gmn biar bisa klaim asuransi", "steps", "vehicle theft police report")
NM("sy ketipu beli hp di fb, udh transfer 3jt trs penjualnya ngilang. lapor ke polisi gmn?", "steps", "online fraud report")
NM("lapor kdrt kemana", "place", "domestic violence report")
NM("ganti nama anak lewat pengadilan negeri prosesnya gmn", "steps", "court name change procedure")
NM("akta kelahiran anak angkat gmn ngurusnya", "steps", "adopted child birth record")
NM("perpanjang kitas suami yg wna", "steps", "foreigner stay permit extension")
NM("sy bmi di hongkong, ktp sy ilang pas pindah majikan. bisa urus gantinya dr sini ga?", "place", "lost ID while abroad")
NM("bikin sim d buat penyandang disabilitas", "documents", "disability driving licence")
NM("mobil listrik bayar pajak tahunan ga?", "cost", "EV vehicle tax exemption")
NM("lupa efin pajak, mintanya gmn", "other", "forgotten EFIN")
NM("restitusi spt lebih bayar prosesnya", "steps", "tax refund")
NM("imb rumah sy ilang, bisa minta salinan?", "steps", "copy of lost building permit")
NM("desa sy ga kebagian ptsl tahun ini, padahal tanah warisan blm bersertifikat. kalo daftar sendiri ke bpn brp biayanya?", "cost", "sporadic land registration cost")
NM("beasiswa lpdp daftarnya kapan", "other", "LPDP scholarship")
NM("perusahaan sy mau pasang lowongan di karirhub gmn", "steps", "employer job posting")
NM("sewa makam di tpu jakarta perpanjangnya gmn", "steps", "cemetery plot renewal")
NM("akta cerai sy dr pengadilan agama ilang waktu pindah kos, mau nikah lagi. minta salinannya gmn?", "steps", "replace lost divorce certificate")
NM("sy dimutasi kerja dr Medan ke Samarinda, anak sy kelas 8. pindah sekolahnya surat mutasinya dr mana?", "documents", "school transfer letter")
NM("pindah kerja, saldo bpjs ketenagakerjaan lama digabung gmn", "steps", "merge BPJSTK accounts")
NM("paspor dinas buat pns tugas ke luar negeri", "documents", "official service passport")
NM("daftar bantuan bedah rumah rutilahu", "steps", "house renovation aid")
NM("surat bebas narkoba bikin dmn", "place", "drug-free certificate")
NM("anak sy mau daftar smp negeri jalur afirmasi, diminta surat keterangan penghasilan ortu. bikinnya dmn?", "documents", "parental income letter")
NM("izin keramaian buat hajatan nikahan di kampung", "documents", "crowd permit for event")
NM("surat keterangan sehat buat lamaran kerja di puskesmas", "place", "health certificate for job")

# ---------------------------------------------------------------- off_topic
OT("wkwkwk", "laughter")
OT("hahaha mantap min", "chit-chat")
OT("bot goblok", "insult")
OT("selamat pagi", "greeting")
OT("makasih kak", "thanks")
OT("ibu kota provinsi gorontalo apa", "general knowledge")
OT("besok hujan ga di bandung", "weather")
OT("partai mana yg bakal menang pemilu 2029", "politics")
OT("gaji sy telat 2 bulan, butuh dana buat bayar kontrakan. pinjol yg bunganya kecil apa ya?", "private loan")
OT("kartu sim telkomsel sy ilang, gmn ganti nomornya", "phone SIM card")
OT("cara ajukan kpr di bank btn", "bank mortgage")
OT("paket sy dr shopee udh 5 hari blm nyampe, kurirnya ga bisa ditelp. ini gmn ya min?", "online shop delivery")
OT("resep rendang padang yg empuk", "recipe")
OT("tebak2an dong, kenapa ayam nyebrang jalan", "joke")
OT("kamu manusia atau robot?", "chit-chat")
OT("skor persib semalem brp", "sports")
OT("jual hp bekas dmn yg laku", "private sale")
OT("cara top up ovo lewat atm bri", "e-wallet")
OT("nyanyiin lagu dong", "chit-chat")
OT("kurs dollar hari ini brp", "exchange rate")

# ---------------------------------------------------------------- follow_up (same article)
FU("syarat bikin paspor baru apa aja ya", "biayanya brp?", ["paspor-baru"], "cost", "passport fee")
FU("cara perpanjang sim c gmn min", "kalo lwt hp bisa?", ["sim-perpanjangan"], "online", "renew licence online")
FU("ktp sy ilang di terminal, ngurusnya gmn", "lama ga jadinya", ["ktp-el-hilang"], "duration", "lost ID replacement time")
FU("bikin skck buat lamaran kerja syaratnya apa?", "brp lama berlakunya", ["skck-baru"], "validity", "SKCK validity")
FU("cara daftar nikah di kua gimana", "kalo akadnya di rumah bayar?", ["nikah-kua"], "cost", "fee for marriage outside KUA")
FU("mau bikin akta lahir anak pertama, bawa apa aja", "bayar ga?", ["akta-kelahiran"], "cost", "birth certificate cost")
FU("cara klaim jht setelah resign?", "cairnya brp hari", ["bpjs-ketenagakerjaan-jht"], "duration", "JHT disbursement time")
FU("mau balik nama motor bekas, syaratnya apa", "bpkb nya jadi brp lama", ["balik-nama-kendaraan"], "duration", "BPKB transfer time")
FU("daftar bpjs mandiri lewat aplikasi apa", "kelas 3 sebulan brp", ["bpjs-kesehatan-mandiri"], "cost", "class 3 premium")
FU("gmn cara ganti faskes bpjs", "ada syarat minimal brp bulan ga?", ["bpjs-kesehatan-pindah-faskes"], "eligibility", "minimum months before clinic change")
FU("cek penerima pkh dmn ya", "hrs pake nik ga?", ["cek-bansos"], "documents", "data needed to check bansos")
FU("cara bikin nib buat usaha warung", "brp lama terbitnya", ["nib-oss"], "duration", "NIB issuance time")
FU("ptsl itu apa sih, desa sy ada", "ada biayanya ga tuh", ["sertifikat-tanah-ptsl"], "cost", "PTSL cost")
FU("cara lapor spt tahunan karyawan", "kalo telat?", ["spt-tahunan"], "penalty", "late filing fine")
FU("stnk motor mau 5 tahunan, bawa apa aja", "bisa di samsat keliling ga", ["stnk-lima-tahunan"], "place", "where to do 5-year renewal")
FU("bayar pajak motor tahunan dmn aja", "harus bawa bpkb?", ["stnk-pajak-tahunan"], "documents", "BPKB for annual tax")
FU("dapet surat konfirmasi etle, hrs ngapain", "kalo dicuekin aja gmn", ["tilang-elektronik-etle"], "penalty", "ignoring ETLE consequence")
FU("syarat kartu kuning di disnaker apa aja", "bisa online ga", ["kartu-kuning-ak1"], "online", "job seeker card online")
FU("cara aktivasi ikd", "hrs ke dukcapil ya?", ["ikd"], "place", "IKD activation in person")
FU("syarat kia buat anak tk apa", "jadinya brp hari", ["kia"], "duration", "child ID processing time")
FU("syarat kk baru abis nikah", "kk nya bisa dicetak sendiri ga?", ["kk-baru"], "other", "print e-signed family card at home")
FU("mau pisah kk dr ortu, bisa?", "syaratnya apa aja", ["kk-pisah"], "documents", "split family card documents")
FU("cara ganti status perkawinan di ktp", "brp lama prosesnya", ["ktp-el-perubahan-data"], "duration", "ID data change time")
FU("akta lahir sy ilang, bisa cetak ulang?", "ga ada fotokopinya sama sekali gpp?", ["akta-kelahiran-hilang"], "documents", "reprint without copy of old certificate")
FU("daftar npwp online gmn skrg", "kalo ga bisa online ke mana?", ["npwp-pribadi"], "place", "offline NPWP registration")
FU("paspor sy ilang, ngurusnya gmn", "dendanya brp", ["paspor-hilang-rusak"], "penalty", "lost passport fee")
FU("syarat pbg rumah tinggal apa", "retribusinya dihitung gmn", ["pbg-bangunan"], "cost", "PBG levy calculation")
FU("cara lapor pungli di lapor.go.id", "bisa tanpa nama?", ["pengaduan-lapor"], "other", "anonymous complaint")
FU("sy udh pegang skpwni, terus di kota tujuan ngapain", "brp hari jadi ktp barunya", ["pindah-datang"], "duration", "new address ID time")
FU("urus surat pindah keluar kota dmn", "perlu pengantar rt rw ga", ["pindah-keluar"], "documents", "RT letter for moving")
FU("cara cek anak dapet pip apa ngga", "sma dapet brp", ["pip-kip"], "cost", "PIP amount senior high")
FU("umur brp boleh bikin sim c", "trs ongkosnya brp", ["sim-baru"], "cost", "new licence fee")
FU("sim a sy ilang, ngurusnya gmn", "ujian lagi ga", ["sim-hilang-rusak"], "steps", "retest for lost licence")
FU("skck sy udh mati, gmn perpanjangnya", "foto brp lembar?", ["skck-perpanjangan"], "documents", "photos for SKCK renewal")
FU("surat ahli waris syaratnya apa aja", "perlu materai?", ["surat-ahli-waris"], "documents", "stamp duty for heirship letter")
FU("bikin surat kehilangan di polsek gmn", "ada versi online nya ga", ["surat-kehilangan-polisi"], "online", "online loss report")
FU("cara usul masuk dtsen gmn", "bisa daftar sendiri dr aplikasi?", ["usulan-bansos-dtsen"], "online", "self-propose via app")
FU("bpjs sy nonaktif krn nunggak, gmn aktifinnya", "bisa dicicil?", ["bpjs-kesehatan-reaktivasi"], "other", "arrears installments")

# ---------------------------------------------------------------- follow_up (neighbouring article)
FU("ktp sy ilang di pasar, urus gmn", "surat polisinya bawa apa aja, kan ktp nya yg ilang", ["surat-kehilangan-polisi"], "documents", "police loss report without ID")
FU("syarat akta kelahiran bayi apa ya", "anaknya udah 4 bulan sih, telat ya? kena denda?", ["akta-kelahiran-terlambat"], "penalty", "late birth registration fine")
FU("cara bikin kk baru setelah nikah", "status di ktp nya juga ganti sekalian?", ["ktp-el-perubahan-data", "kk-baru"], "steps", "update ID marital status")
FU("cara daftar nikah di kua", "abis nikah kk nya gmn", ["kk-baru"], "steps", "family card after marriage")
FU("cara mengurus akta kematian ibu", "trs buat cairin tabungan almarhumah butuh surat apa lagi", ["surat-ahli-waris"], "documents", "heirship letter for bank")
FU("syarat surat pindah keluar apa aja", "nanti di kota tujuan ngurus apa lagi", ["pindah-datang"], "steps", "arrival registration")
FU("perpanjang sim c syaratnya apa", "kalo ilang gimana, sama aja?", ["sim-hilang-rusak"], "steps", "replace lost licence")
FU("bayar pajak motor tiap tahun bisa online ga", "kalo yg 5 tahunan bisa lewat signal juga?", ["stnk-lima-tahunan", "stnk-pajak-tahunan"], "online", "5-year renewal online?")
FU("cara cek nama di bansos", "kalo ga ada nama sy, daftarnya gmn", ["usulan-bansos-dtsen"], "steps", "propose self for social aid")
FU("cara daftar bpjs mandiri", "kalo ga mampu bayar iuran ada yg gratis?", ["bpjs-kesehatan-pbi"], "eligibility", "free government BPJS")
FU("skck sy habis bulan lalu, perpanjang gmn", "eh ternyata udah lewat 1,5 thn, brarti bikin baru ya? syaratnya?", ["skck-baru", "skck-perpanjangan"], "documents", "new SKCK requirements")
FU("cara balik nama sertifikat tanah beli dr orang", "kalo tanahnya belum ada sertifikat sama sekali?", ["sertifikat-tanah-ptsl"], "overview", "certificate for uncertified land")
FU("npwp online daftarnya gmn", "trs lapor spt nya kapan?", ["spt-tahunan"], "other", "tax return deadline")
FU("cara urus akta cerai dukcapil", "terus kk nya pisah sama mantan gmn", ["kk-pisah"], "steps", "split family card after divorce")
FU("bikin ktp pertama kali syaratnya apa", "sekalian ikd bisa?", ["ikd"], "steps", "activate digital ID")
FU("kk sy ilang, gantinya gmn", "surat kehilangan polisinya brp lama jadinya", ["surat-kehilangan-polisi"], "duration", "police loss report time")
FU("cara daftar kartu kuning", "kalo skck buat lamaran juga, dmn bikinnya", ["skck-baru"], "place", "where to get SKCK")
FU("cara cek pip anak", "sekolah minta sktm juga, itu dmn ngurusnya", ["sktm"], "place", "where to get poverty letter")
FU("beli mobil bekas balik nama gmn", "pajak tahunannya nanti bisa bayar online?", ["stnk-pajak-tahunan"], "online", "pay annual tax online")
FU("perpanjang paspor gimana", "kalo paspor lamanya sobek dikit?", ["paspor-hilang-rusak"], "other", "damaged passport replacement")

# ---------------------------------------------------------------- follow_up (neighbouring case, not covered)
FU("syarat bikin sim c apa", "kalo sim internasional?", [], "documents", "international driving permit")
FU("cara klaim jht", "kalo jaminan pensiunnya bisa sekalian dicairin?", [], "steps", "pension (JP) claim")

# ---------------------------------------------------------------- english
EN("how do i renew my driving license online", ["sim-perpanjangan"], "online", "renew licence online")
EN("lost my wallet with my ktp inside on the train to Bogor yesterday, what should I do?", ["ktp-el-hilang"], "steps", "replace lost ID")
EN("How much is an e-passport in Indonesia?", ["paspor-baru"], "cost", "e-passport fee")
EN("my passport got wet in the rain, does it count as damaged?", ["paspor-hilang-rusak"], "other", "wet passport")
EN("how to register bpjs kesehatan as self-employed", ["bpjs-kesehatan-mandiri"], "steps", "register BPJS independently")
EN("my wife gave birth last week at a clinic in Bekasi, we are both Indonesian. how do we get the birth certificate?", ["akta-kelahiran"], "steps", "birth certificate")
EN("can I pay my motorbike tax online?", ["stnk-pajak-tahunan"], "online", "pay vehicle tax online")
EN("what's the deadline for the annual tax return", ["spt-tahunan"], "other", "tax return deadline")
EN("how to claim jht after resigning", ["bpjs-ketenagakerjaan-jht"], "steps", "claim JHT")
EN("got an ETLE letter in the mail, what now?", ["tilang-elektronik-etle"], "steps", "respond to ETLE letter")
EN("where do I report illegal fees at a government office", ["pengaduan-lapor"], "place", "report extortion")
EN("how to get a NIB for my small online shop", ["nib-oss"], "steps", "business ID number")
EN("is an IMB still required to build a house?", ["pbg-bangunan"], "overview", "building permit")
EN("My father passed away. How do I get a death certificate?", ["akta-kematian"], "steps", "death certificate")
EN("how do I change my marital status on my ID card after the wedding", ["ktp-el-perubahan-data"], "steps", "update ID status")
EN("how long is an skck valid?", ["skck-baru", "skck-perpanjangan"], "validity", "SKCK validity")
EN("I'm a Dutch guy working at a resort in Bali and my KITAS runs out next month. how do I extend it?", [], "steps", "foreigner stay permit")
EN("how to apply for an international driving permit", [], "steps", "international driving permit")
EN("what's the best bank to open an account in Jakarta", [], "other", "private banking")
EN("how do I get a visa on arrival for Indonesia", [], "steps", "visa on arrival")

# ---------------------------------------------------------------- complaint
CP("petugas dukcapil di kecamatan minta 100rb buat percepatan ktp, sy mau lapor", ["pengaduan-lapor"], "steps", "report extortion for ID card")
CP("udah 4 bulan ktp sy blm jadi, alesannya blangko habis terus. mau ngadu kemana?", ["pengaduan-lapor"], "place", "complain slow ID printing")
CP("pegawai samsat judes bgt bentak2 ibu2 tua, gimana cara laporinnya", ["pengaduan-lapor"], "steps", "report rude Samsat staff")
CP("calo di satpas nawarin sim tanpa tes 800rb, petugasnya diem aja. lapor kmn ini", ["pengaduan-lapor"], "place", "report licence brokers")
CP("kelurahan sy gak mau bikinin sktm kalo ga ngasih uang rokok", ["pengaduan-lapor"], "place", "report bribe for poverty letter")
CP("panitia ptsl di desa minta 1,5jt per bidang, jelas2 pungli. mau sy laporin", ["pengaduan-lapor"], "steps", "report PTSL overcharging")
CP("tetangga sy rumahnya tingkat, punya mobil, tp dapet pkh tiap bulan. sy mau lapor biar dicoret", ["usulan-bansos-dtsen", "pengaduan-lapor"], "steps", "report ineligible aid recipient")
CP("operator desa minta 200rb biar nama sy dimasukin ke data bansos, ini kan ga bener. ngadunya kemana?", ["pengaduan-lapor"], "place", "report fee for bansos data")
CP("telp kantor imigrasi ga pernah diangkat, jadwal wawancara paspor sy dibatalin sepihak. kesel bgt", ["pengaduan-lapor"], "place", "complain immigration office")
CP("sudah lapor di lapor.go.id 2 bulan ga ada tanggapan sama sekali", ["pengaduan-lapor"], "place", "escalate unanswered complaint")
CP("ibu sy diusir satpam puskesmas padahal bawa kartu bpjs, katanya kuota hari itu penuh. sy mau komplain", ["pengaduan-lapor"], "steps", "complain puskesmas refusal")
CP("pas razia di depan terminal kemarin, polisi di pos minta damai 200rb biar ga ditilang. sy ga terima, lapor kemana?", ["pengaduan-lapor"], "steps", "report police bribe")
CP("antrian di mpp dr jam 7 sampe jam 2 ga dipanggil2, petugasnya malah main hp", ["pengaduan-lapor"], "place", "complain slow MPP service")
CP("sy kecewa bgt sama kua, penghulu minta amplop 1jt padahal akadnya di kantor", ["pengaduan-lapor"], "steps", "report KUA extortion")
CP("berkas akta kematian bapak sy dioper2 dr kecamatan ke dinas, udah sebulan ga kelar. sy mau komplain resmi", ["pengaduan-lapor"], "steps", "complain slow death certificate")
CP("guru di sekolah motong dana pip anak sy 100rb, katanya buat uang kas. laporin kemana ya", ["pengaduan-lapor"], "place", "report PIP deduction")
CP("pak rt ning nggonku njaluk duit 50 ewu nggo pengantar, arep tak laporke ning ngendi?", ["pengaduan-lapor"], "place", "report RT levy")
CP("wa pengaduan dukcapil kota sy ga pernah dibales, udh seminggu", ["pengaduan-lapor"], "place", "complain unanswered hotline")
CP("petugas bpn nyuruh sy bayar lewat dia biar sertifikat cepet, ada rekamannya. gmn laporin tanpa ketahuan nama sy?", ["pengaduan-lapor"], "other", "anonymous report of land office bribe")
CP("Saya ingin menyampaikan keluhan: pelayanan di Disdukcapil sangat lambat dan petugasnya tidak ramah. Ke mana saya dapat mengadu secara resmi?", ["pengaduan-lapor"], "place", "formal complaint about civil registry")


if __name__ == "__main__":
    rows = list(ROWS)
    random.Random(20261203).shuffle(rows)
    with open("/work/fixtrain3/questions.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows written")

#!/usr/bin/env python3
"""Hand-written held-out question set (blind). One call per row."""
import json, os, random

SEED = 20261404
OUT = os.path.dirname(os.path.abspath(__file__))
rows = []

def row(q, ids, group, need, aspect, prev=""):
    rows.append({"q": q, "ids": list(ids), "new_ids": [], "group": group,
                 "need": need, "aspect": aspect, "prev": prev})

def I(q, ids, need, aspect): row(q, ids, "in_scope", need, aspect)
def N(q, need, aspect): row(q, [], "near_miss", need, aspect)
def O(q, need, aspect="other"): row(q, [], "off_topic", need, aspect)
def F(prev, q, ids, need, aspect): row(q, ids, "follow_up", need, aspect, prev)
def E(q, ids, need, aspect): row(q, ids, "english", need, aspect)
def C(q, need, aspect, extra=()): row(q, ["pengaduan-lapor"] + list(extra), "complaint", need, aspect)

# ---------------- in_scope ----------------
# akta-kelahiran-hilang
I("Selamat siang. Akta kelahiran saya diterbitkan Dukcapil Kabupaten Kediri dan hilang, sementara saya sekarang berdomisili di Surabaya. Apakah penggantiannya bisa diajukan di Surabaya?", ["akta-kelahiran-hilang"], "where to replace lost birth certificate outside issuing region", "place")
I("akte lair anakku ilang, piye carane ngurus maneh?", ["akta-kelahiran-hilang"], "replace lost child birth certificate", "steps")
# akta-kelahiran-terlambat
I("bapak sy umur 58 blm pernah punya akte lahir, skrg diminta buat urus pensiun. msh bisa dibikinin?", ["akta-kelahiran-terlambat"], "birth certificate for an adult who never had one", "eligibility")
I("anak udh 5 bulan aktenya blm diurus krn sibuk, kena denda ga ya", ["akta-kelahiran-terlambat"], "late birth registration fine", "penalty")
# akta-kelahiran
I("bayi sy lahir di bidan desa minggu lalu, bikin akte lahirnya bawa apa aja", ["akta-kelahiran"], "documents for newborn birth certificate", "documents")
I("kami nikah siri, blm ada buku nikah. anak bisa dibuatin akta kelahiran ga?", ["akta-kelahiran"], "birth certificate without marriage book", "eligibility")
I("ktp suami di medan, ktp sy deli serdang, akte bayi ngurusnya ikut yg mana", ["akta-kelahiran"], "where to register birth when parents' domicile differs", "place")
# akta-kematian
I("mertua sy meninggal kemarin di rsud dr soetomo, akta kematiannya ngurus gmn ya", ["akta-kematian"], "death certificate procedure", "steps")
I("kakak sy meninggal di malaysia pas kerja jd tki, akta kematian bisa dibuat di dukcapil sini?", ["akta-kematian"], "death certificate for a death abroad", "documents")
I("mbah kakung seda, akta kematiane ngurus teng pundi nggih", ["akta-kematian"], "where to get a death certificate", "place")
# akta-perceraian
I("sy kristen, putusan cerai dr PN semarang udh inkracht, akta cerainya ngurus kemana", ["akta-perceraian"], "divorce certificate for non-Muslim", "place")
I("udah resmi cerai di pengadilan agama tp ktp sy statusnya masih kawin, gmn gantinya jd cerai hidup", ["akta-perceraian", "ktp-el-perubahan-data"], "update marital status after Muslim divorce", "steps")
# akta-perkawinan-nonmuslim
I("habis pemberkatan di gereja katolik st yosef, mau nyatetin nikah ke capil bawa berkas apa", ["akta-perkawinan-nonmuslim"], "documents to register church marriage", "documents")
I("kami hindu, upacara nikah di pura bulan lalu. dicatatnya di kua atau dukcapil?", ["akta-perkawinan-nonmuslim"], "where Hindu marriages are registered", "place")
# balik-nama-kendaraan
I("beli vario bekas dr tetangga, bpkb masih nama org lain. balik nama abis brp", ["balik-nama-kendaraan"], "cost of transferring used motorbike ownership", "cost")
I("motor plat B sy beli dr jakarta, sy tinggal di bandung, proses ganti namanya gmn", ["balik-nama-kendaraan"], "ownership transfer for vehicle from another province", "steps")
# balik-nama-sertifikat-tanah
I("mau beli rumah second di depok, sertifikat masih atas nama penjual, gmn alur ganti namanya", ["balik-nama-sertifikat-tanah"], "land certificate transfer after purchase", "steps")
I("pph sama bphtb waktu transaksi tanah itu yg nanggung penjual apa pembeli", ["balik-nama-sertifikat-tanah"], "who pays taxes in land sale", "cost")
# bpjs-kesehatan-mandiri
I("sy kerja serabutan, mau daftar bpjs sendiri bisa lewat aplikasi ga?", ["bpjs-kesehatan-mandiri"], "register independent BPJS via app", "online")
I("iuran bpjs kls 2 skrg brp per orang", ["bpjs-kesehatan-mandiri"], "monthly premium class 2", "cost")
I("abdi hoyong daptar bpjs mandiri, kumaha carana?", ["bpjs-kesehatan-mandiri"], "how to register independent BPJS", "steps")
# bpjs-kesehatan-pbi
I("sy buruh tani di cianjur ga sanggup bayar iuran, gmn biar bpjs nya ditanggung pemerintah", ["bpjs-kesehatan-pbi"], "get government-paid BPJS", "eligibility")
I("kis ibu sy yg gratisan tiba2 nonaktif pas mau kontrol ke rs, padahal kami masih susah", ["bpjs-kesehatan-pbi"], "reactivate deactivated PBI membership", "steps")
# bpjs-kesehatan-pindah-faskes
I("mau pindahin faskes dr klinik ke puskesmas deket rumah, bisa dr hp?", ["bpjs-kesehatan-pindah-faskes"], "change primary clinic via app", "online")
I("lagi tugas di makassar 2 minggu, boleh berobat ke puskesmas sana pake bpjs?", ["bpjs-kesehatan-pindah-faskes"], "outpatient at another clinic while traveling", "eligibility")
# bpjs-kesehatan-reaktivasi
I("bpjs nunggak hampir 2 th, mau aktif lg apa hrs lunas semua?", ["bpjs-kesehatan-reaktivasi"], "arrears required to reactivate BPJS", "cost")
I("abis kena phk bpjs dr kantor mati, skrg gmn biar aktif lagi", ["bpjs-kesehatan-reaktivasi"], "reactivate BPJS after losing job", "steps")
# bpjs-ketenagakerjaan-jht
I("resign dr pabrik garmen akhir bulan kemarin, jht bs dicairin kapan", ["bpjs-ketenagakerjaan-jht"], "when JHT can be claimed after resigning", "eligibility")
I("saldo jht sy 25 juta, bisa klaim di jmo aja?", ["bpjs-ketenagakerjaan-jht"], "JHT claim channel for larger balance", "online")
# cek-bansos
I("gmn caranya tau ibu sy masuk daftar penerima pkh apa ngga", ["cek-bansos"], "check PKH recipient status", "steps")
I("ngecek bpnt cuma pake nama bisa?", ["cek-bansos"], "data needed to check BPNT status", "documents")
# ikd
I("ktp digital bisa diaktifin sendiri di rumah?", ["ikd"], "activate digital ID without office visit", "online")
I("ikd itu apa sih min", ["ikd"], "what digital ID is", "overview")
# kartu-kuning-ak1
I("daftar cpns disuruh lampirin kartu kuning, bikinnya di mana", ["kartu-kuning-ak1"], "where to get job seeker card", "place")
I("ktp sy garut tp ngekos di bandung, ak1 nya boleh ngurus di disnaker bandung?", ["kartu-kuning-ak1"], "job seeker card outside KTP region", "place")
# kia
I("anak sy 3 th mau dibuatin kia, perlu foto ga", ["kia"], "photo requirement for child ID", "documents")
I("kia anak ilang di sekolah, gantinya gmn", ["kia"], "replace lost child ID card", "documents")
# kk-baru
I("baru ijab qabul bulan kemarin, pengen punya kartu keluarga sendiri pisah dr mertua, perlu apa aja", ["kk-baru"], "new family card after marriage", "documents")
I("istri sy asalnya dr kabupaten lain, bikin kk baru perlu surat pindah?", ["kk-baru"], "moving letter for new family card", "documents")
# kk-hilang-rusak
I("Selamat pagi, saya ingin menanyakan prosedur penggantian Kartu Keluarga yang rusak terendam banjir. Terima kasih.", ["kk-hilang-rusak"], "replace flood-damaged family card", "steps")
I("kk ilang pas mudik, nomornya bakal ganti ga", ["kk-hilang-rusak"], "whether family card number changes after reissue", "other")
# kk-pisah
I("sy 24 th blm nikah, boleh jd kepala keluarga sendiri tp tetap serumah sama ortu?", ["kk-pisah"], "split family card while living with parents", "eligibility")
I("suami udh meninggal, kk masih atas nama almarhum, gmn misahinnya", ["kk-pisah"], "new family card after head of family died", "documents")
# kk-tambah-anggota
I("keponakan umur 12 mau ikut kk sy krn sekolah di sini, syaratnya apa", ["kk-tambah-anggota"], "add a minor relative to family card", "documents")
I("ibu mertua dr solo mau masuk kk kami di klaten, gmn caranya", ["kk-tambah-anggota"], "add relative from another region to family card", "steps")
# ktp-el-baru
I("ktp pertama kali wajib ada surat rt rw ga", ["ktp-el-baru"], "whether first KTP needs RT/RW letter", "documents")
I("umur 16 tp udah nikah, bisa bikin ktp?", ["ktp-el-baru"], "KTP eligibility for married minors", "eligibility")
I("nuwun sewu min, kulo badhe ndamelke ktp anak kulo sing sampun 17 taun, syarate nopo mawon", ["ktp-el-baru"], "requirements for first e-KTP", "documents")
# ktp-el-hilang
I("ktp ilang dicopet di pasar tanah abang, ngurus ulang harus ke polsek dulu?", ["ktp-el-hilang"], "police letter for lost KTP", "documents")
I("ktp ilang", ["ktp-el-hilang"], "replace lost KTP", "overview")
I("ktp yg ilang kalo diurus hari ini bisa langsung jadi?", ["ktp-el-hilang"], "time to reprint lost KTP", "duration")
# ktp-el-perubahan-data
I("di ktp pekerjaan sy masih pelajar padahal udh kerja di pabrik, gimana ganti", ["ktp-el-perubahan-data"], "change occupation on KTP", "documents")
I("tgl lahir di ktp salah ketik, benerinnya bawa apa", ["ktp-el-perubahan-data"], "correct birth date on KTP", "documents")
# ktp-el-rusak
I("tulisan di ktp sy udh pudar ga kebaca, gantinya perlu surat polisi?", ["ktp-el-rusak"], "police letter for faded KTP", "documents")
I("e-ktp retak kelindes motor", ["ktp-el-rusak"], "replace cracked KTP", "steps")
# legalisir-dokumen
I("kk yg ada barcodenya masih wajib dilegalisir ga buat daftar sekolah anak", ["legalisir-dokumen"], "legalization of QR family card", "eligibility")
I("akte nikah lama yg masih ttd basah legalisirnya di mana", ["legalisir-dokumen"], "where to legalize old marriage certificate", "place")
# nib-oss
I("jualan kue kering online dr rumah, perlu nib ga? caranya gmn", ["nib-oss"], "NIB for home-based online business", "steps")
I("nib usaha mikro jadinya brp lama", ["nib-oss"], "time to get NIB", "duration")
# nikah-kua
I("akad nikahnya di rumah mempelai wanita hari minggu, biaya kua brp", ["nikah-kua"], "KUA fee for wedding outside office", "cost")
I("calon istri baru 18, nikah di kua perlu dispensasi?", ["nikah-kua"], "dispensation for bride under 19", "eligibility")
I("akadnya di kecamatan calon istri, sy beda kecamatan, perlu surat apa dr kua sini", ["nikah-kua"], "letter for wedding in another subdistrict", "documents")
# npwp-pribadi
I("baru diterima kerja, hrd minta npwp. daftarnya online lewat mana", ["npwp-pribadi"], "register personal tax number online", "online")
I("nik sy udh otomatis jd npwp atau harus diaktifin dulu", ["npwp-pribadi"], "NIK as tax number activation", "eligibility")
# paspor-baru
I("mau umroh thn depan, blm pernah punya paspor, alurnya gmn", ["paspor-baru"], "first passport procedure", "steps")
I("paspor sy habis bulan depan, perpanjangnya bisa lewat m-paspor?", ["paspor-baru"], "renew expiring passport online", "online")
# paspor-hilang-rusak
I("paspor ikut kecuci di mesin cuci, halamannya lengket semua, hrs gmn", ["paspor-hilang-rusak"], "replace water-damaged passport", "steps")
I("paspor ilang di jeddah pas umroh, pulangnya gmn", ["paspor-hilang-rusak"], "passport lost abroad", "place")
# pbg-bangunan
I("mau nambah lantai 2 di rumah, izinnya apa skrg kan imb udh ga ada", ["pbg-bangunan"], "building permit for house extension", "overview")
I("imb rumah sy terbit thn 2010, masih berlaku ga setelah ada pbg", ["pbg-bangunan"], "validity of old IMB", "validity")
# pengaduan-lapor
I("cara bikin aduan ke lapor.go.id gmn", ["pengaduan-lapor"], "how to file a public service complaint", "steps")
I("lapor pungli bisa tanpa nama ga, takut", ["pengaduan-lapor"], "anonymous complaint", "other")
# pindah-datang
I("udah pegang skpwni dr jogja, skrg sy di tangerang ngapain lagi", ["pindah-datang"], "register arrival at destination", "steps")
I("ngekos di malang, mau pindah alamat ktp ke kosan bisa?", ["pindah-datang"], "move KTP address to a rented room", "documents")
# pindah-keluar
I("mau ikut suami ke balikpapan, surat pindahnya ngurus di mana", ["pindah-keluar"], "where to get moving-out letter", "place")
I("udh terlanjur tinggal di bogor, surat pindah dr padang bisa diurus dr sini?", ["pindah-keluar"], "apply for moving letter from destination", "steps")
# pip-kip
I("anak sy kls 8, gmn tau dia dpt pip ato ga", ["pip-kip"], "check PIP status", "steps")
I("pip anak sma setahun dapet brp", ["pip-kip"], "PIP amount for senior high", "cost")
# sertifikat-tanah-ptsl
I("tanah warisan kakek msh letter c, mau disertifikatin lewat ptsl bawa apa aja", ["sertifikat-tanah-ptsl"], "documents for PTSL land certificate", "documents")
I("ptsl di desa sy dimintain 500rb per bidang, emang segitu?", ["sertifikat-tanah-ptsl"], "legitimate PTSL cost", "cost")
# sim-baru
I("umur 17 pas udh boleh bikin sim c?", ["sim-baru"], "minimum age for motorbike license", "eligibility")
I("tes psikologi buat sim bisa online?", ["sim-baru"], "online psychological test for license", "online")
I("punten kang, sim a teh ujianna aya praktek oge?", ["sim-baru"], "practical test for new car license", "steps")
# sim-hilang-rusak
I("sim a ilang, masa berlaku msh 2 th, harus tes ulang ga", ["sim-hilang-rusak"], "retest for lost valid license", "steps")
I("sim sy patah jd dua", ["sim-hilang-rusak"], "replace broken license", "steps")
# sim-perpanjangan
I("sim mati 3 hari, msh bisa diperpanjang?", ["sim-perpanjangan"], "renew license expired a few days", "eligibility")
I("sim kulo sekedap malih telas, saged diperpanjang ten sim keliling mboten?", ["sim-perpanjangan"], "renew at mobile SIM unit", "place")
# skck-baru
I("skck buat kerja ke jepang bikinnya di polres apa polda", ["skck-baru"], "where to get SKCK for overseas work", "place")
I("skck", ["skck-baru"], "police clearance certificate", "overview")
I("punten, bade naroskeun damel skck kanggo ngalamar damel teh biayana sabaraha", ["skck-baru"], "SKCK fee", "cost")
# skck-perpanjangan
I("skck udh expired 8 bulan, msh bisa perpanjang?", ["skck-perpanjangan"], "renew SKCK expired 8 months", "eligibility")
I("skck dulu dr polres sleman, skrg kerja di jakarta, perpanjang di sini bisa?", ["skck-perpanjangan"], "where to renew SKCK", "place")
# sktm
I("butuh surat miskin buat keringanan biaya rs bapak, bikinnya dmn", ["sktm"], "where to get poverty letter", "place")
I("sktm buat daftar kuliah syaratnya apa", ["sktm"], "documents for poverty letter", "documents")
# spt-tahunan
I("lapor spt tahunan skrg lewat coretax ya? caranya gmn", ["spt-tahunan"], "file annual tax return online", "online")
I("telat lapor spt kena denda brp", ["spt-tahunan"], "late tax return fine", "penalty")
# stnk-lima-tahunan
I("stnk motor udh 5 th, ganti plat hrs bawa motornya?", ["stnk-lima-tahunan"], "physical check for 5-year STNK renewal", "documents")
I("pajak 5 tahunan bisa dibayar online?", ["stnk-lima-tahunan"], "5-year renewal online", "online")
# stnk-pajak-tahunan
I("motor atas nama kakak, sy yg mau bayar pajaknya di samsat, bisa?", ["stnk-pajak-tahunan"], "pay vehicle tax for someone else", "documents")
I("pajak motor telat 3 bulan kena denda ga", ["stnk-pajak-tahunan"], "late annual vehicle tax fine", "penalty")
# surat-ahli-waris
I("bapak meninggal, bank minta surat ahli waris buat cairin deposito beliau, bikin dimana", ["surat-ahli-waris"], "where to get heirs letter", "place")
I("surat keterangan waris harus ditandatangani semua anak ya?", ["surat-ahli-waris"], "who signs heirs statement", "documents")
# surat-domisili
I("ktp sy dr kupang, kerja di surabaya, bank minta surat domisili, ngurusnya gmn", ["surat-domisili"], "domicile letter for migrant worker", "steps")
I("surat domisili dr kelurahan berlaku brp lama", ["surat-domisili"], "validity of domicile letter", "validity")
# surat-kehilangan-polisi
I("dompet ilang isinya atm sim stnk, lapor kehilangan ke polsek dipungut biaya ga", ["surat-kehilangan-polisi"], "fee for police loss report", "cost")
I("surat kehilangan dr polisi udh lewat 3 minggu, masih bisa dipake?", ["surat-kehilangan-polisi"], "validity of police loss letter", "validity")
# tilang-elektronik-etle
I("dpt surat etle padahal motornya udh sy jual 2 th lalu, gmn", ["tilang-elektronik-etle"], "ETLE notice for sold vehicle", "steps")
I("kalo denda etle ga dibayar apa akibatnya", ["tilang-elektronik-etle"], "consequence of unpaid ETLE fine", "penalty")
# usulan-bansos-dtsen
I("sy janda anak 3 blm pernah dpt bantuan apa2 dr pemerintah, gmn cara daftarnya", ["usulan-bansos-dtsen"], "apply for social assistance", "steps")
I("tetangga sy mampu tp dapet pkh, bisa dilaporin gak", ["usulan-bansos-dtsen"], "report ineligible aid recipient", "other")

# ---------------- near_miss ----------------
N("anak sy lahir di osaka, udh dpt akta dr kbri, lapor ke dukcapil sini gmn", "registering a birth that occurred abroad", "steps")
N("mau adopsi anak dr panti, akta pengangkatan anaknya ngurus dmn", "adoption registration", "steps")
N("suami sy warga malaysia, bisa ga dia dibuatin ktp-el orang asing", "KTP for foreign resident", "eligibility")
N("visa turis ke jepang ngurusnya di mana", "tourist visa to Japan", "place")
N("mau bikin sim internasional buat nyetir di australia, syaratnya?", "international driving permit", "documents")
N("motor sy dicat ulang ganti warna, stnk harus diubah juga? gmn caranya", "change vehicle colour in registration", "steps")
N("udah jual mobil, mau blokir stnk biar ga kena pajak progresif, caranya", "block registration after selling vehicle", "steps")
N("mobil atas nama sy sendiri, mau mutasi ke kalimantan krn pindah kerja, cabut berkasnya gmn", "vehicle registration transfer out of province, same owner", "steps")
N("sertifikat tanah asli ilang pas pindahan, ngurus gantinya ke bpn gmn", "replace lost land certificate", "steps")
N("tanah 500 meter mau dipecah jd 3 sertifikat buat anak2, prosesnya gmn", "split land certificate", "steps")
N("balik nama sertifikat tanah warisan di bpn biayanya brp aja", "inheritance land title transfer at BPN", "cost")
N("ortu mau hibahin tanah ke sy, pajaknya brp dan prosesnya gmn", "land grant transfer", "cost")
N("sy punya toko 5 karyawan, cara daftarin mereka ke bpjs kesehatan sbg pemberi kerja", "employer BPJS registration", "steps")
N("mau turun kelas bpjs dr kelas 1 ke kelas 3, bisa lewat apa", "change BPJS class", "steps")
N("klaim jkk kecelakaan kerja bpjs ketenagakerjaan gmn", "work accident claim", "steps")
N("jht bisa diambil 10% dulu ga, sy masih kerja", "partial JHT withdrawal while employed", "eligibility")
N("jaminan pensiun bpjs tk bisa dicairin kapan", "pension benefit claim", "eligibility")
N("sy driver ojol, daftar bpjs ketenagakerjaan bukan penerima upah gmn", "informal worker BPJS employment registration", "steps")
N("daftar kip kuliah buat anak yg baru lulus sma gmn", "KIP Kuliah university aid", "steps")
N("kartu kks buat ambil bansos ilang, gmn ganti nya", "replace lost KKS aid card", "steps")
N("lupa pin ikd, gmn resetnya", "reset digital ID PIN", "other")
N("sy wna kerja di jakarta, butuh skck, bisa?", "SKCK for foreigners", "eligibility")
N("surat keterangan usaha dr kelurahan buat pinjam kur syaratnya apa", "business certificate from village office", "documents")
N("calon suami sy wn jerman, nikah di kua butuh berkas tambahan apa", "marriage with a foreigner at KUA", "documents")
N("nikah siri udh 10 th, mau isbat nikah di pengadilan agama gimana alurnya", "marriage validation (isbat) at religious court", "steps")
N("cara gugat cerai suami ke pengadilan agama, prosedurnya apa aja", "filing a divorce lawsuit", "steps")
N("usaha keripik mau urus sertifikat halal, daftarnya lewat mana", "halal certification for small business", "steps")
N("izin pirt buat sambel botolan gmn ngurusnya", "home food production permit", "steps")
N("mau bikin cv, npwp badannya daftar gmn", "corporate tax number", "steps")
N("lupa password coretax, email lama udh ga aktif", "recover tax portal account", "online")
N("rumah udh jadi, slf nya ngurus kemana dan brp", "certificate of building function", "steps")
N("imb rumah lama hilang, bisa minta salinan ga", "copy of lost old building permit", "documents")
N("mau pindah ke belanda ikut suami, surat pindah ke luar negeri ngurus dmn", "moving-abroad certificate", "place")
N("sy tinggal di taiwan, blm rekam ktp, bisa rekam di kdei?", "KTP recording abroad", "place")
N("surat keterangan belum menikah buat daftar polwan bikin di mana", "single status letter", "place")
N("uji kir mobil pick up syaratnya apa", "commercial vehicle roadworthiness test", "documents")
N("kena tilang manual di jalan, sim ditahan, ngambilnya dmn", "retrieve license after manual ticket", "place")
N("daftar kartu prakerja gelombang baru gmn", "Prakerja program registration", "steps")
N("mau kerja ke taiwan jd pmi, di disnaker ngurus apa aja", "migrant worker registration", "documents")
N("anak sy ayahnya wn australia, akta lahirnya ada syarat beda ga", "birth certificate for child of foreign father", "documents")
N("pbb rumah naik 3x lipat, cara ngajuin keberatan gmn", "property tax objection", "steps")
N("bayar pbb bisa lewat m-banking?", "pay property tax online", "online")
N("legalisir ijazah sma yg sekolahnya udh tutup di mana", "legalize school diploma", "place")
N("dokumen buat kuliah di jerman hrs diapostille, ngurusnya gmn", "apostille for documents abroad", "steps")
N("sertifikat tanah lama mau diganti sertifikat elektronik, prosedurnya?", "convert analog land certificate to electronic", "steps")
N("stnk motor ilang, ngurus stnk baru di samsat bawa apa", "replace lost vehicle registration", "documents")
N("bpkb mobil ilang, gantinya gmn", "replace lost vehicle ownership book", "steps")
N("tunadaksa mau bikin sim d syaratnya apa", "driving license for people with disabilities", "documents")
N("kecelakaan motor, klaim jasa raharja buat biaya rs gmn", "traffic accident insurance claim", "steps")
N("ke igd rs swasta tanpa rujukan pake bpjs ditanggung ga", "emergency room coverage without referral", "eligibility")

# ---------------- off_topic ----------------
O("makasih min, sangat membantu", "thanks")
O("wkwkwk", "laughter")
O("bot ga guna jawabannya muter2", "insult")
O("siapa presiden indonesia skrg", "general knowledge")
O("besok di bogor hujan ga ya", "weather")
O("halo", "greeting")
O("p", "ping")
O("resep rendang padang yg empuk gmn", "recipe")
O("kamu manusia apa robot sih", "chit-chat about the bot")
O("pilkada serentak berikutnya tahun berapa", "elections")
O("harga emas antam hari ini brp", "gold price")
O("info loker pabrik di cikarang dong", "job vacancies")
O("daftar haji reguler skrg antre brp tahun", "hajj queue")
O("token listrik sy gagal masuk, nomornya udh bener", "electricity token problem")
O("cara daftar sekolah lewat jalur zonasi", "school admission zoning")
O("pinjol nagih terus ke kontak sy, gmn stop nya", "online loan harassment")
O("ok siap", "acknowledgement")
O("selamat idul fitri min, mohon maaf lahir batin", "holiday greeting")
O("partai mana yg paling bagus menurut km", "political opinion")
O("ibukota kalimantan timur apa", "general knowledge")
O("hp sy kecemplung air, bisa nyala lg ga", "phone repair")
O("tes tes", "test message")
O("kapan gaji ke 13 pns cair", "civil servant bonus")
O("dasar admin lemot", "insult")
O("cara ganti nomor wa tanpa kehilangan chat", "whatsapp help")

# ---------------- follow_up ----------------
F("ktp sy ilang di angkot, gmn ngurusnya", "surat polisinya bayar ga?", ["surat-kehilangan-polisi", "ktp-el-hilang"], "fee for police loss letter", "cost")
F("mau bikin paspor buat kerja di hongkong", "brp biayanya", ["paspor-baru"], "passport fee", "cost")
F("gmn cara perpanjang sim c sy", "kalo lewat hp bisa?", ["sim-perpanjangan"], "online license renewal", "online")
F("bayi sy lahir kemarin di rsia, urus akte gmn", "sekalian kia nya bisa?", ["akta-kelahiran", "kia"], "child ID card issued with birth certificate", "other")
F("beli tanah kavling di sleman, balik nama sertifikatnya gmn", "lama ga prosesnya", ["balik-nama-sertifikat-tanah"], "duration of land title transfer", "duration")
F("bikin skck buat lamaran ke minimarket", "kalo udh lewat 6 bulan?", ["skck-perpanjangan"], "SKCK after expiry", "validity")
F("daftar bpjs mandiri kelas 3 lewat mobile jkn", "telat bayar dendanya brp", ["bpjs-kesehatan-reaktivasi"], "late premium consequences", "penalty")
F("cara ngurus kk baru abis nikah", "status ktp sekalian diubah?", ["ktp-el-perubahan-data"], "update KTP marital status", "steps")
F("resign dr bank swasta, mau klaim jht", "bisa lewat jmo?", ["bpjs-ketenagakerjaan-jht"], "JHT claim via app", "online")
F("mau pindah domisili dr medan ke pekanbaru", "nyampe pekanbaru ngapain?", ["pindah-datang"], "arrival registration", "steps")
F("pajak tahunan motor supra sy gmn bayarnya", "kalo yg 5 tahunan?", ["stnk-lima-tahunan"], "5-year STNK renewal", "steps")
F("cara cek nama sy dapat pkh", "kalo ga terdaftar daftarnya gmn", ["usulan-bansos-dtsen"], "apply for social assistance", "steps")
F("nikah di kua syaratnya apa aja", "kalo akadnya di gedung bayar?", ["nikah-kua"], "fee for wedding outside KUA", "cost")
F("bikin npwp online gmn", "trus lapor sptnya kapan?", ["spt-tahunan"], "tax return deadline", "duration")
F("sim c sy ilang di terminal", "gantinya bayar brp?", ["sim-hilang-rusak"], "fee to replace lost license", "cost")
F("ktp sy patah", "bisa diwakilin keluarga?", [], "proxy for replacing damaged KTP", "eligibility")
F("akte lahir sy ilang, mau bikin ulang", "bisa di luar kota?", ["akta-kelahiran-hilang"], "reissue outside issuing region", "place")
F("mau bangun ruko 2 lantai di cirebon, izinnya apa", "retribusinya brp", ["pbg-bangunan"], "PBG fee", "cost")
F("cara bikin nib buat usaha laundry kiloan", "ada biayanya?", ["nib-oss"], "NIB fee", "cost")
F("bpjs nonaktif krn nunggak setahun", "bisa dicicil ga", ["bpjs-kesehatan-reaktivasi"], "installment for arrears", "cost")
F("paspor sy sobek dikit di halaman depan", "dendanya brp", ["paspor-hilang-rusak"], "fee for damaged passport", "penalty")
F("dapet surat konfirmasi etle lewat pos", "bayarnya lewat apa", ["tilang-elektronik-etle"], "how to pay ETLE fine", "steps")
F("anak sy mau ngurus ak1 buat lamaran", "online bisa?", ["kartu-kuning-ak1"], "online job seeker card", "online")
F("ayah meninggal minggu lalu, urus akta kematiannya gmn", "trus buat cairin tabungannya?", ["surat-ahli-waris"], "heirs letter to withdraw savings", "documents")
F("mau ganti faskes bpjs ke klinik dkt kantor", "sekalian naik kelas bisa?", [], "change BPJS class", "other")

# ---------------- english ----------------
E("How do I get a replacement KTP after my wallet was stolen?", ["ktp-el-hilang"], "replace lost KTP", "steps")
E("What's the fee for a new e-passport?", ["paspor-baru"], "e-passport fee", "cost")
E("I'm a foreigner married to an Indonesian, how do I apply for a KITAS?", [], "foreign spouse residence permit", "steps")
E("how to register for BPJS health insurance as a freelancer", ["bpjs-kesehatan-mandiri"], "independent health insurance registration", "steps")
E("my driving license expired last week, can I still renew it?", ["sim-perpanjangan"], "renew expired license", "eligibility")
E("An immigration officer asked me for extra money. Where can I report this?", ["pengaduan-lapor"], "report illegal fee", "place")
E("how to get a police clearance certificate for a work visa abroad", ["skck-baru"], "police certificate for overseas use", "place")
E("Do I need a building permit to renovate my house?", ["pbg-bangunan"], "building permit for renovation", "eligibility")
E("How much does it cost to get married at the KUA?", ["nikah-kua"], "KUA marriage fee", "cost")
E("how do i pay my annual motorbike tax online", ["stnk-pajak-tahunan"], "pay annual vehicle tax online", "online")
E("Can my NIK be used as my tax ID?", ["npwp-pribadi"], "NIK as tax number", "eligibility")
E("How do I get an NIB for my small coffee shop?", ["nib-oss"], "business ID number", "steps")
E("what documents do I need for my baby's birth certificate", ["akta-kelahiran"], "newborn birth certificate documents", "documents")
E("How do I apply for a work permit for my foreign employee?", [], "foreign worker permit", "steps")
E("Is visa on arrival available for Indonesia and how much is it?", [], "visa on arrival", "cost")

# ---------------- complaint ----------------
C("petugas dukcapil minta 150rb biar ktp cepet jadi, ini pungli kan?? kesel bgt", "report illegal fee at civil registry", "cost")
C("udah 4 bulan ktp ga jadi2, tiap ditanya alasannya blangko habis terus", "complain about endless KTP delay", "duration")
C("pegawai kelurahan judes bgt pas sy minta sktm, dibentak2 di depan org", "complain about rude village staff", "other")
C("panitia ptsl di desa minta 2 juta per bidang, sy harus lapor kemana", "report excessive PTSL charge", "cost")
C("aplikasi samsat error terus dr pagi, ga bisa bayar pajak, mana besok jatuh tempo", "complain about broken vehicle tax app", "online")
C("antri paspor di kanim dr jam 6 sampe jam 2 blm dipanggil, pelayanan parah", "complain about long passport queue", "duration")
C("ada calo di satpas nawarin sim tanpa tes 700rb, petugasnya diem aja", "report license broker", "other")
C("tetangga punya mobil 2 dapet bpnt, kami yg susah malah ga dapet. ga adil", "report unfair aid distribution", "other", ["usulan-bansos-dtsen"])
C("mobile jkn ga bisa login seminggu, ditelpon 165 ga nyambung2", "complain about broken BPJS app and hotline", "online")
C("Saya sudah tiga kali mengadukan lewat kanal resmi namun instansi terkait tidak pernah menindaklanjuti. Saya kecewa.", "escalate ignored complaint", "place")
C("puskesmas nolak pasien bpjs katanya kuota hari ini udh habis, ibu sy lg demam tinggi", "complain about refused health service", "other")
C("pak rt minta uang rokok 50rb baru mau tanda tangan pengantar", "report neighbourhood head asking money", "cost")
C("nikah di kantor kua hari senin tp tetep dimintain amplop buat penghulu", "report illegal wedding fee", "cost")
C("pendamping pkh motong 50rb tiap bantuan cair, katanya buat admin", "report cut of social aid", "cost")
C("udh 3x bolak balik dukcapil akte anak blm jadi, alasannya sistem offline mulu", "complain about repeated delays at civil registry", "duration")

# ---------------- write ----------------
random.Random(SEED).shuffle(rows)
with open(os.path.join(OUT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")

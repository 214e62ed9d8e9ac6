# Builds /work/train3/questions.jsonl from hand-written rows.
# Every question below was written by hand after reading /work/b4digest/digest.md;
# nothing is generated from templates. The script only assembles and shuffles.
import json
import random

ROWS = []


def add(group, q, ids, need, aspect, prev=""):
    ROWS.append({"q": q, "ids": list(ids), "new_ids": [], "group": group,
                 "need": need, "aspect": aspect, "prev": prev})


def I(q, ids, need, aspect):
    add("in_scope", q, ids, need, aspect)


def N(q, need, aspect):
    add("near_miss", q, [], need, aspect)


def O(q, need):
    add("off_topic", q, [], need, "other")


def F(prev, q, ids, need, aspect):
    add("follow_up", q, ids, need, aspect, prev)


def E(q, ids, need, aspect):
    add("english", q, ids, need, aspect)


def C(q, ids, need, aspect="other"):
    add("complaint", q, ids, need, aspect)


# ---------------------------------------------------------------- in_scope (170)
I("akte lahir sy ilang pas rumah kebanjiran taun lalu. skrg mau daftar cpns butuh akte, bisa dicetak lagi ga min?",
  ["akta-kelahiran-hilang-rusak"], "reissue lost birth certificate", "steps")
I("ngurus akte kelahiran yg ilang harus ke dukcapil kota tempat lahir ga? sy lahir di medan tp skrg ktp batam",
  ["akta-kelahiran-hilang-rusak"], "where to reissue lost birth certificate", "place")
I("umur sy udah 34 blm pernah punya akte. dulu lahir di rumah dibantu dukun beranak jd ga ada surat dr bidan. masih bisa bikin ga?",
  ["akta-kelahiran-terlambat"], "adult late birth registration without birth letter", "documents")
I("akte anak telat 3 taun kena denda ga kak",
  ["akta-kelahiran-terlambat"], "fine for late birth certificate", "penalty")
I("anak kedua sy lahir kemarin di rsud, akte nya ngurus dmn ya",
  ["akta-kelahiran"], "where to get newborn birth certificate", "place")
I("nyuwun sewu, damel akta kelahiran kagem putra kula menika mbayar pinten nggih?",
  ["akta-kelahiran"], "cost of birth certificate", "cost")
I("kami nikah siri jd ga pegang buku nikah. bayi kami bisa dibikinin akta lahir ga, syaratnya apa?",
  ["akta-kelahiran"], "birth certificate when parents lack marriage book", "documents")
I("mertua meninggal di rumah minggu lalu, ga sempet dibawa ke rs. surat kematiannya minta ke siapa buat bikin akta?",
  ["akta-kematian"], "death letter for death at home", "documents")
I("nenek meninggal 40 hari yg lalu di kampung, kami baru sempet ngurus surat2nya skrg. lapor ke dukcapil ada batas harinya ga?",
  ["akta-kematian"], "deadline to report a death", "duration")
I("di akte anak sy tgl lahirnya ketulis 12 padahal di surat keterangan lahir dr rs tgl 21. benerinnya harus lewat pengadilan?",
  ["akta-pembetulan"], "fix typo in birth certificate", "steps")
I("ralat akta salah ketik bayar ga",
  ["akta-pembetulan"], "cost of correcting certificate typo", "cost")
I("putusan cerai dr pengadilan negeri udah inkracht bulan lalu. kami dulu nikah di gereja, akta cerainya ngurus dimana?",
  ["akta-perceraian"], "where to get non-Muslim divorce certificate", "place")
I("kami mau pemberkatan di gereja bulan depan. buat catatan sipilnya perlu nyiapin dokumen apa aja ya?",
  ["akta-perkawinan-nonmuslim"], "documents for church marriage registration", "documents")
I("baru beli avanza bekas dari temen kantor, mau balik nama. masih kena bbn 2 ga sih skrg?",
  ["balik-nama-kendaraan"], "BBN II on used car transfer", "cost")
I("balik nama motor perlu ktp asli pemilik lama ga? orangnya udah pindah ke kalimantan susah dihubungi",
  ["balik-nama-kendaraan"], "documents for motorbike ownership transfer", "documents")
I("bapak udah almarhum, sertifikat rumah masih atas nama beliau. mau dibalik nama ke ibu sama kami anak2, urutannya gmn?",
  ["balik-nama-sertifikat-tanah"], "transfer land title to heirs", "steps")
I("abis beli tanah, pajak apa aja yg harus dibayar buat balik nama sertifikat?",
  ["balik-nama-sertifikat-tanah"], "taxes for land title transfer", "cost")
I("adik sy ditangkep polsek kemarin sore, kami ga punya duit buat bayar pengacara. ada pengacara gratis dr pemerintah ga?",
  ["bantuan-hukum-gratis"], "free lawyer for detained relative", "eligibility")
I("bayi sy baru 2 minggu blm punya nik, udah bisa didaftarin bpjs blm?",
  ["bpjs-kesehatan-bayi-baru-lahir"], "register newborn without NIK to BPJS", "eligibility")
I("daftarin bayi ke bpjs paling telat brp hari stlh lahir",
  ["bpjs-kesehatan-bayi-baru-lahir"], "deadline to register newborn to BPJS", "duration")
I("mau daftar bpjs mandiri sekeluarga 4 org ambil kelas 2, sebulan total brp?",
  ["bpjs-kesehatan-mandiri"], "monthly BPJS fee for family class 2", "cost")
I("daftar bpjs kesehatan bisa lewat wa ga",
  ["bpjs-kesehatan-mandiri"], "register BPJS via WhatsApp", "online")
I("abis daftar bpjs mandiri brp hari baru bisa dipake berobat",
  ["bpjs-kesehatan-mandiri"], "waiting period new BPJS card", "duration")
I("kis pbi ibu sy tiba2 ga aktif pas mau kontrol ke puskesmas. ngaktifin lagi kemana ya?",
  ["bpjs-kesehatan-pbi"], "reactivate inactive PBI card", "place")
I("gmn caranya dapet bpjs gratis yg dibayarin pemerintah",
  ["bpjs-kesehatan-pbi"], "get government-paid BPJS", "steps")
I("sy baru masuk kerja di pabrik garmen, gaji 7 jt. potongan bpjs kesehatan di slip gaji kok gede, harusnya brp sih?",
  ["bpjs-kesehatan-pekerja"], "employee BPJS health deduction", "cost")
I("bisa ga masukin bapak ibu ke bpjs dari kantor sy? mereka blm punya bpjs sama sekali",
  ["bpjs-kesehatan-pekerja"], "add parents to employer BPJS", "eligibility")
I("sy kena phk akhir bulan lalu, istri lg hamil 7 bulan. bpjs kesehatan dr kantor masih bisa dipake ga buat lahiran?",
  ["bpjs-kesehatan-phk"], "BPJS health after layoff", "eligibility")
I("kalo resign dapet bpjs gratis 6 bulan jg ga?",
  ["bpjs-kesehatan-phk"], "free BPJS after resigning", "eligibility")
I("faskes sy masih puskesmas di kampung, skrg udah kerja di surabaya. ganti faskes bisa lewat hp?",
  ["bpjs-kesehatan-pindah-faskes"], "change primary clinic online", "online")
I("ganti faskes mulai berlakunya kapan",
  ["bpjs-kesehatan-pindah-faskes"], "when new clinic takes effect", "duration")
I("bpjs nunggak 2 taun, kalo dilunasin skrg kena denda ga?",
  ["bpjs-kesehatan-reaktivasi"], "fine when paying BPJS arrears", "penalty")
I("tunggakan bpjs bisa dicicil ga? berat kalo sekaligus",
  ["bpjs-kesehatan-reaktivasi"], "instalment for BPJS arrears", "cost")
I("resign dr pabrik di cikarang tgl 5 bulan ini krn mau pulang kampung. kapan bisa klaim jht?",
  ["bpjs-ketenagakerjaan-jht"], "when to claim JHT after resigning", "duration")
I("cairin jht lewat jmo bisa?",
  ["bpjs-ketenagakerjaan-jht"], "claim JHT via JMO app", "online")
I("udah kerja 12 taun, jht bisa diambil sebagian ga buat dp rumah?",
  ["bpjs-ketenagakerjaan-jht"], "partial JHT withdrawal", "eligibility")
I("sy driver ojol di makassar, blm pernah ikut bpjs tk krn bukan karyawan. kalo daftar sendiri iurannya brp sebulan?",
  ["bpjs-tk-bpu"], "self-employed BPJS TK contribution", "cost")
I("pedagang pasar bisa ikut bpjs ketenagakerjaan ga? gmn daftarnya",
  ["bpjs-tk-bpu"], "register market trader to BPJS TK", "steps")
I("suami jatuh dr motor pas berangkat ke pabrik subuh2, kakinya patah. itu ditanggung bpjs tk ga?",
  ["bpjs-tk-jkk"], "commute accident coverage", "eligibility")
I("selama ga bisa kerja krn kecelakaan kerja, gajinya diganti berapa?",
  ["bpjs-tk-jkk"], "wage replacement during work injury", "cost")
I("suami sy meninggal krn stroke bulan lalu, dia peserta bpjs tk dari kantornya. santunan yg didapet berapa?",
  ["bpjs-tk-jkm"], "death benefit amount", "cost")
I("kena phk, denger2 ada jkp. dapetnya brp persen dr gaji & brp bulan?",
  ["bpjs-tk-jkp"], "JKP benefit amount and length", "cost")
I("kontrak sy habis ga diperpanjang, dapet jkp ga?",
  ["bpjs-tk-jkp"], "JKP for expired contract", "eligibility")
I("jaminan pensiun bisa dicairin kalo resign?",
  ["bpjs-tk-jp"], "cash out JP on resignation", "eligibility")
I("bpkb motor ilang pas pindahan kontrakan bulan lalu, motornya udah lunas kok bukan di leasing. urusnya kemana ya?",
  ["bpkb-hilang"], "where to replace lost BPKB", "place")
I("ganti bpkb yg hilang emang lama bgt ya? katanya sampe 3 bulan",
  ["bpkb-hilang"], "duration of lost BPKB replacement", "duration")
I("buku nikah kami ikut kebakar waktu rumah kebakaran. nikahnya dulu di kua cilacap, skrg tinggal di bekasi. bikin duplikat dimana?",
  ["buku-nikah-hilang-rusak"], "where to get duplicate marriage book", "place")
I("duplikat buku nikah bayar ga?",
  ["buku-nikah-hilang-rusak"], "cost of duplicate marriage book", "cost")
I("cara cek nama kita dapet bansos pkh apa ngga",
  ["cek-bansos"], "check PKH recipient status", "steps")
I("cek dpt online lewat apa",
  ["cek-dpt-pemilih"], "check voter list online", "online")
I("sy kuliah di jogja tp ktp lampung. pemilu 2029 nanti pengen nyoblos di jogja aja, gmn caranya?",
  ["cek-dpt-pemilih"], "vote away from home address", "steps")
I("berkas sy di bpn udah sebulan, mau cek progressnya bisa online ga?",
  ["cek-sertifikat-sentuh-tanahku"], "track land office file online", "online")
I("sy istri mau gugat cerai. suami kerja di kalimantan udah setaun ga pulang. daftarnya di PA mana, sini atau sana?",
  ["cerai-pengadilan-agama"], "which religious court for divorce", "place")
I("cerai di pengadilan agama biayanya brp? sy ga kerja",
  ["cerai-pengadilan-agama"], "cost of Muslim divorce", "cost")
I("suami udah ngomong talak 3x di rumah, berarti udah sah cerai blm?",
  ["cerai-pengadilan-agama"], "is talak outside court valid", "eligibility")
I("suami sy warga belanda, udah pegang kitap & ktp orang asing. ktp nya berlaku seumur hidup kyk ktp kita?",
  ["dokumen-kependudukan-wna"], "validity of foreigner ID card", "validity")
I("nama anak sy cuma satu kata, mau diganti biar ada nama belakangnya. itu harus lewat pengadilan ya?",
  ["ganti-nama"], "change child's name", "steps")
I("ijazah smp sy ilang, sekolahnya udah tutup. minta gantinya kemana?",
  ["ijazah-hilang"], "replace diploma when school closed", "place")
I("cara aktivasi ktp digital gmn",
  ["ikd"], "activate digital ID", "steps")
I("ortu sy nikah siri th 90an, skrg mau dibikinin buku nikah biar bisa urus warisan. caranya gmn?",
  ["itsbat-nikah"], "legalise parents' unregistered marriage", "steps")
I("mau bikin dangdutan di lapangan desa buat 17an. ngajuin izin ke polsek paling lambat brp hari sebelumnya?",
  ["izin-keramaian"], "event permit lead time", "duration")
I("mau demo damai depan kantor bupati, perlu izin polisi ga?",
  ["izin-keramaian"], "permit for demonstration", "other")
I("sy nikah sama orang jerman th lalu. skrg dia mau ikut tinggal di indo bareng sy, izin tinggal apa yg harus diurus?",
  ["izin-tinggal-pasangan-wna"], "residence permit for foreign spouse", "overview")
I("syarat bikin kartu kuning apa aja",
  ["kartu-kuning-ak1"], "documents for job seeker card", "documents")
I("prakerja itu sebenernya program apa sih, pesertanya dapet apa aja?",
  ["kartu-prakerja"], "what Prakerja is", "overview")
I("anak sy lahir di johor, sy kerja disana. mau pulang ke indo, gmn masukin dia ke kk?",
  ["kelahiran-luar-negeri"], "register child born abroad", "steps")
I("kakak sy tkw meninggal di taiwan. keluarga di kampung ga mampu, biaya pulangin jenazahnya siapa yg nanggung?",
  ["kematian-luar-negeri"], "cost of repatriating body", "cost")
I("anak sy dr suami australia umurnya skrg 17. nanti wajib milih kewarganegaraan kapan?",
  ["kewarganegaraan-ganda-anak"], "deadline to choose citizenship", "eligibility")
I("kia buat anak umur 3 th perlu pas foto ga?",
  ["kia"], "photo requirement for KIA", "documents")
I("kip kuliah dapet uang saku brp sebulan",
  ["kip-kuliah"], "KIP Kuliah living allowance", "cost")
I("baru nikah bulan lalu mau bikin kk sendiri. istri ktp nya kabupaten sebelah, jd gmn?",
  ["kk-baru-menikah"], "new family card when spouses from different regencies", "documents")
I("bikin kk baru abis nikah lama ga jadinya",
  ["kk-baru-menikah"], "duration of new family card", "duration")
I("kk sy kebawa di tas yg ketinggalan di bus mudik, ga ketemu. buat cetak ulang harus ke polisi dulu?",
  ["kk-hilang-rusak"], "police letter for lost family card", "documents")
I("kk sobek kena air, cetak ulangnya dimana",
  ["kk-hilang-rusak"], "where to reprint damaged family card", "place")
I("pendidikan di kk msh slta padahal sy udah sarjana, gantinya bawa apa",
  ["kk-perubahan-biodata"], "update education in family card", "documents")
I("sy janda anak 2 masih numpang kk ortu. mau bikin kk sendiri tp tetep tinggal serumah sm ortu, bisa?",
  ["kk-pisah"], "split family card same address", "eligibility")
I("syarat pecah kk apa aja",
  ["kk-pisah"], "documents to split family card", "documents")
I("keponakan dr kampung mau numpang kk sy biar bisa sekolah di sini. ngurusnya gmn?",
  ["kk-tambah-anggota"], "add nephew to family card", "steps")
I("anak ketiga kami lahir di bidan desa minggu lalu. mau dimasukin ke kk, bawa apa aja?",
  ["kk-tambah-anggota"], "add baby to family card", "documents")
I("anak sy bulan depan 17 th, rekam ktp nya bisa di kecamatan?",
  ["ktp-el-baru"], "where to record first ID card", "place")
I("bikin ktp pertama kali bayar ga",
  ["ktp-el-baru"], "cost of first ID card", "cost")
I("umur 16 tp udah nikah, boleh bikin ktp?",
  ["ktp-el-baru"], "ID card for married minor", "eligibility")
I("ktp baru abis rekam jadinya brp lama",
  ["ktp-el-baru"], "printing time for first ID card", "duration")
I("dompet kecopetan di angkot, ktp ikut ilang. ngurusnya gmn min",
  ["ktp-el-hilang"], "replace stolen ID card", "steps")
I("ktp ilang bisa dicetak di dukcapil luar kota ga? sy lg merantau di bandung, ktp ciamis",
  ["ktp-el-hilang"], "reprint lost ID card outside home region", "place")
I("mas, KTP ku ilang nang pasar. ngurus maneh kudu nganggo surat polisi ora?",
  ["ktp-el-hilang"], "police letter for lost ID card", "documents")
I("sy udah nikah 2 th tp status di ktp msh belum kawin, baru ketauan pas ngurus kredit motor. ubahnya gmn?",
  ["ktp-el-perubahan-data"], "update marital status on ID card", "documents")
I("ganti pekerjaan di ktp dr pelajar jd wiraswasta bisa?",
  ["ktp-el-perubahan-data"], "change occupation on ID card", "steps")
I("ktp sy patah kelipat di dompet, gantinya perlu surat kehilangan ga",
  ["ktp-el-rusak"], "replace broken ID card", "documents")
I("ktp sy terbitan 2012, tulisan berlaku sampainya udah lewat. harus diperpanjang ga?",
  ["ktp-el-rusak"], "does old ID card expire", "validity")
I("motor udah sy jual 6 bulan lalu, pembelinya blm balik nama. takut kena pajak progresif, blokirnya gmn?",
  ["lapor-jual-kendaraan"], "block registration after selling", "steps")
I("lapor jual mobil bisa online ga",
  ["lapor-jual-kendaraan"], "report vehicle sale online", "online")
I("rumah sy kemalingan semalem, tv sama laptop raib. bikin laporan polisi bawa apa aja?",
  ["laporan-polisi"], "documents for theft report", "documents")
I("udah bikin lp 2 bulan lalu ga ada kabar, cara cek perkembangannya gmn",
  ["laporan-polisi"], "track police report progress", "steps")
I("kk sy yg kertas putih ada qr nya, hrd minta dilegalisir. perlu ga sih?",
  ["legalisir-dokumen-kependudukan"], "legalise e-signed family card", "other")
I("motor plat b mau dimutasi ke plat ad krn sy pindah ke solo, kira2 biayanya brp?",
  ["mutasi-kendaraan"], "cost of vehicle transfer between regions", "cost")
I("sy dipindah kerja ke balikpapan, motor plat jawa timur mau ikut dipindah platnya. cabut berkasnya makan waktu brp lama?",
  ["mutasi-kendaraan"], "duration of vehicle file withdrawal", "duration")
I("sy jualan seblak online dari rumah, omzet masih kecil. temen bilang harus punya nib, emang perlu?",
  ["nib-oss"], "does small online seller need NIB", "eligibility")
I("daftar nib di oss gmn step nya",
  ["nib-oss"], "steps to register NIB", "steps")
I("daftar bpjs katanya nik ga ditemukan, padahal ktp asli. kenapa ya",
  ["nik-tidak-terdaftar"], "NIK not found when registering", "other")
I("akad nikah di rumah, biaya kua nya brp",
  ["nikah-kua"], "cost of wedding outside KUA", "cost")
I("daftar nikah di kua paling lambat brp hari sblm akad",
  ["nikah-kua"], "registration deadline before wedding", "duration")
I("calon istri sy umur 18, syarat nikah di kua apa aja yg beda?",
  ["nikah-kua"], "marriage documents for bride under 21", "documents")
I("cv kami baru berdiri, bikin npwp badannya gmn",
  ["npwp-badan"], "register company tax number", "steps")
I("bikin npwp online skrg gmn caranya",
  ["npwp-pribadi"], "register personal NPWP online", "online")
I("nik udah otomatis jadi npwp belum sih?",
  ["npwp-pribadi"], "is NIK automatically NPWP", "other")
I("bayar pajak motor tahunan lewat hp bisa?",
  ["pajak-kendaraan-tahunan"], "pay annual vehicle tax online", "online")
I("motor atas nama kakak, bayar pajak tahunan di samsat perlu ktp dia ga?",
  ["pajak-kendaraan-tahunan"], "vehicle tax when owner is someone else", "documents")
I("mobil jarang dipake krn wfh, eh pajaknya kelewat 3 bulan. dendanya kira2 brp ya?",
  ["pajak-kendaraan-tahunan"], "late vehicle tax fine", "penalty")
I("sy sama ibu mau umroh taun depan, dua2nya blm pernah punya paspor. syaratnya apa aja?",
  ["paspor-baru"], "documents for first passport", "documents")
I("biaya paspor elektronik 10 taun brp",
  ["paspor-baru"], "cost of 10-year e-passport", "cost")
I("paspor jadinya brp hari abis wawancara",
  ["paspor-baru"], "passport processing time", "duration")
I("paspor sy kecuci di mesin cuci, halamannya ancur. kena denda brp?",
  ["paspor-hilang-rusak"], "fee for damaged passport", "cost")
I("paspor ilang di dubai pas transit, gmn biar bisa pulang?",
  ["paspor-hilang-rusak"], "passport lost abroad", "place")
I("mau kerja ke hongkong jadi art, bikin paspornya harus ada rekomendasi disnaker?",
  ["paspor-pmi"], "migrant worker passport recommendation", "documents")
I("agen minta 15 jt buat biaya penempatan ke taiwan, emang calon pmi wajib bayar?",
  ["paspor-pmi"], "placement fee for migrant worker", "cost")
I("sppt pbb taun ini ketumpuk di laci, baru inget pas udah lewat jatuh tempo 4 bulan. dendanya brp?",
  ["pbb-p2"], "late property tax penalty", "penalty")
I("rumah udah sy beli dari 2023 tp sppt pbb nya masih atas nama yg jual, gantinya gmn",
  ["pbb-p2"], "change name on property tax bill", "steps")
I("mau bangun rumah 2 lantai, imb skrg diganti apa?",
  ["pbg-simbg"], "building permit replacing IMB", "overview")
I("tanah warisan 600 meter mau dipecah jd 3 buat sy dan adik2. biaya ke bpn kira2 brp?",
  ["pemecahan-sertifikat-tanah"], "cost of splitting land title", "cost")
I("setoran awal daftar haji skrg brp",
  ["pendaftaran-haji"], "hajj initial deposit", "cost")
I("anak umur 13 bisa didaftarin haji ga",
  ["pendaftaran-haji"], "minimum age for hajj registration", "eligibility")
I("cara bikin aduan di lapor.go.id gmn",
  ["pengaduan-lapor"], "file complaint on LAPOR", "steps")
I("kami nikah siri, akta anak cuma ada nama ibunya. ayahnya pengen namanya dicantumin, syaratnya apa?",
  ["pengakuan-anak"], "add father's name to child certificate", "documents")
I("adik sy meninggal ninggalin bayi, mau sy adopsi resmi. prosedurnya gmn?",
  ["pengangkatan-anak"], "adopt relative's child", "steps")
I("baru isbat nikah kemarin, akta anak gmn biar ada nama bapaknya",
  ["pengesahan-anak"], "legitimise child after itsbat", "steps")
I("barusan transfer 2 jt ke penjual hp di fb, skrg nomornya ngeblokir sy. uang bisa balik ga, lapor kemana?",
  ["penipuan-online"], "recover money after online scam", "steps")
I("lapor rekening penipu kemana",
  ["penipuan-online"], "where to report scam account", "place")
I("udah pegang surat pindah dr kampung, di kota baru ngapain lg",
  ["pindah-datang"], "steps after moving with SKPWNI", "steps")
I("mau pindah ktp dr garut ke bekasi, harus pulang ke garut dulu ga?",
  ["pindah-keluar-skpwni"], "must return to origin for moving letter", "place")
I("dapet kerja di batam, mau bawa istri sama anak pindah sekalian. surat pindahnya syaratnya apa?",
  ["pindah-keluar-skpwni"], "documents for moving letter", "documents")
I("sy dapet beasiswa s2 di belanda 2 taun. perlu lapor dukcapil sblm berangkat?",
  ["pindah-luar-negeri"], "SKPLN for study abroad", "eligibility")
I("temen2 sekelas anak sy dapet pip, anak sy kok ga ada kabar. ngeceknya gmn?",
  ["pip"], "check PIP status", "online")
I("kpr btn sy udah lunas bulan lalu, sertifikat udah dikasih bank. terus roya nya ngurus gmn?",
  ["roya"], "remove mortgage record after payoff", "steps")
I("sy produksi keripik singkong di rumah, pengen dapet label halal yg gratisan itu. caranya gmn?",
  ["sertifikat-halal-self-declare"], "free halal certificate for home business", "steps")
I("sertifikat tanah sy masih kertas, wajib diganti ke elektronik ga?",
  ["sertifikat-tanah-elektronik"], "must paper title be converted", "other")
I("sertifikat rumah ilang, ngurus penggantinya lama ga",
  ["sertifikat-tanah-hilang"], "duration of replacement land title", "duration")
I("sertifikat tanah ortu kebakar bareng rumahnya, bisa diganti?",
  ["sertifikat-tanah-hilang"], "replace burnt land title", "steps")
I("desa kami masuk ptsl taun ini. tp perangkat desa minta 150rb per bidang, katanya buat patok & materai. itu wajar ga?",
  ["sertifikat-tanah-ptsl"], "allowed PTSL preparation fee", "cost")
I("tanah masih girik mau ikut ptsl, syaratnya apa",
  ["sertifikat-tanah-ptsl"], "documents for PTSL", "documents")
I("bikin sim c pertama kali perlu apa aja",
  ["sim-baru"], "documents for first SIM C", "documents")
I("sim a baru biayanya brp",
  ["sim-baru"], "cost of new SIM A", "cost")
I("bikin sim baru bisa di sim keliling?",
  ["sim-baru"], "new SIM at mobile unit", "place")
I("sim c sy ilang bareng dompet pas nonton konser, masih berlaku sampe 2028. buat gantinya harus ujian lagi ga?",
  ["sim-hilang-rusak"], "retest for lost SIM", "eligibility")
I("ganti sim a yg patah biayanya brp",
  ["sim-hilang-rusak"], "cost of replacing broken SIM", "cost")
I("sim internasional berlaku brp lama",
  ["sim-internasional"], "validity of international permit", "validity")
I("sim c abis minggu depan, bisa perpanjang online?",
  ["sim-perpanjangan"], "renew SIM online", "online")
I("sim a sy ternyata udah mati 3 hari, baru sadar pas mau mudik. masih bisa diperpanjang ga?",
  ["sim-perpanjangan"], "renew recently expired SIM", "eligibility")
I("biaya perpanjang sim a brp",
  ["sim-perpanjangan"], "cost of SIM A renewal", "cost")
I("mau ngelamar kerja di minimarket, skck nya bawa berkas apa aja?",
  ["skck-baru"], "documents for new SKCK", "documents")
I("skck bisa daftar online?",
  ["skck-baru"], "register SKCK online", "online")
I("punten, upami bade ngadamel skck teh bayar sabaraha?",
  ["skck-baru"], "cost of SKCK", "cost")
I("skck sy buat ngelamar kerja udah lewat 2 bulan masa berlakunya, skrg ada panggilan lagi. bisa diperpanjang aja?",
  ["skck-perpanjangan"], "extend expired SKCK", "eligibility")
I("perpanjang skck bawa apa aja",
  ["skck-perpanjangan"], "documents for SKCK extension", "documents")
I("bapak harus cuci darah rutin, biayanya berat buat kami. rs nyaranin bawa sktm, bikinnya dimana?",
  ["sktm"], "where to get SKTM for hospital", "place")
I("sktm yg sy bikin bulan lalu masih berlaku ga buat daftar sekolah anak?",
  ["sktm"], "validity of SKTM", "validity")
I("anak sy lahir maret 2021, taun depan mau didaftarin ke sd negeri. umurnya udah cukup belum?",
  ["spmb-sekolah"], "minimum age for public primary school", "eligibility")
I("jalur domisili kk nya harus brp lama",
  ["spmb-sekolah"], "family card age for domicile track", "eligibility")
I("istri sy bikin sambel botolan, mau dititip ke toko oleh2. katanya harus ada izin pirt, ngurusnya gmn?",
  ["spp-irt"], "PIRT permit for home food", "steps")
I("telat lapor spt tahunan dendanya brp",
  ["spt-tahunan"], "late annual tax return fine", "penalty")
I("stnk motor sy ilang pas banjir kemarin, bpkb nya masih di leasing krn blm lunas. tetep bisa diurus?",
  ["stnk-hilang"], "replace lost STNK with BPKB at leasing", "documents")
I("bikin stnk yg hilang biayanya brp",
  ["stnk-hilang"], "cost of lost STNK replacement", "cost")
I("perpanjang stnk 5 taunan bawa apa aja",
  ["stnk-lima-tahunan"], "documents for 5-year STNK", "documents")
I("ganti plat 5 taunan bisa di samsat keliling ga",
  ["stnk-lima-tahunan"], "5-year STNK at mobile samsat", "place")
I("ayah meninggal, bank minta surat ahli waris buat cairin tabungannya. bikin dimana ya?",
  ["surat-ahli-waris"], "where to get heir certificate", "place")
I("sy ngekos di semarang, ktp masih kudus. bisa minta surat domisili di kelurahan sini ga?",
  ["surat-domisili"], "domicile letter for boarder", "eligibility")
I("ngurus surat keterangan hilang di polsek ada biayanya ga",
  ["surat-kehilangan-polisi"], "cost of police loss letter", "cost")
I("mau ngurus ktp di dukcapil, wajib bawa pengantar dr pak rt ga sih?",
  ["surat-pengantar-rt-rw"], "is RT letter needed for ID card", "documents")
I("td pagi dapet surat dr polda, ada foto motor sy nerobos lampu merah di simpang lima. itu bayarnya gmn?",
  ["tilang-elektronik-etle"], "pay electronic ticket", "steps")
I("suami kerja serabutan, anak 3, rumah masih ngontrak. kami blm pernah dapet bansos apapun, daftarnya kemana?",
  ["usulan-bansos-dtsen"], "apply for social assistance", "place")

# ---------------------------------------------------------------- near_miss (100)
N("sy supir truk ekspedisi, mau naik dr sim a ke sim b1 umum biar bisa bawa truk gede. syaratnya apa aja?",
  "SIM B1 umum for truck driver", "documents")
N("adik sy tunadaksa, motornya roda 3 modifikasi. bisa bikin sim D ga, prosedurnya gmn?",
  "SIM D for disabled driver", "steps")
N("temen kantor sy orang korea udah 2 th di jakarta, mau bikin sim a indonesia. wna bisa ga dan syaratnya apa?",
  "Indonesian SIM for foreigner", "eligibility")
N("suami sy wna mau ngelamar kerja di sini, perusahaan minta skck. orang asing bisa bikin skck di polres?",
  "SKCK for foreigner", "eligibility")
N("sy lg kerja di osaka, paspor habis bulan depan. perpanjangnya lewat kjri gmn, ga mungkin pulang dulu",
  "renew passport at consulate abroad", "steps")
N("paspor udah jadi, skrg visa schengen buat liburan ke eropa ngurusnya dmn?",
  "Schengen tourist visa", "place")
N("paspor sy namanya cuma 2 kata, travel umroh bilang harus 3 kata. nambahin nama di paspor gmn caranya?",
  "add name endorsement to passport", "steps")
N("kantor kami mau datengin tenaga ahli dr china buat 1 taun, kitas kerjanya ngurus gmn?",
  "work KITAS for foreign employee", "steps")
N("suami sy wna udah 12 th tinggal di indonesia pake kitap, skrg mau jadi wni. naturalisasi syaratnya apa aja?",
  "naturalisation of foreign spouse", "documents")
N("dulu sy wni trs ganti jadi warga negara amerika. skrg mau balik jadi wni lg, bisa?",
  "regain Indonesian citizenship", "eligibility")
N("pasangan turis perancis melahirkan di rs di bali, akta kelahiran bayinya bisa dibikin di dukcapil sini?",
  "birth certificate for child of two foreigners", "eligibility")
N("kami nikah di catatan sipil singapura th lalu, dua2nya wni. gmn lapor nikahnya di indonesia biar status di kk berubah?",
  "register marriage held abroad", "steps")
N("sy cerai di mahkamah syariah malaysia, status di ktp msh kawin. supaya diakui disini gmn?",
  "register divorce decided abroad", "steps")
N("udah ditalak satu sama suami 2 bulan lalu, skrg mau rujuk. perlu ke kua lagi ga, ada suratnya?",
  "rujuk (reconciliation) registration", "steps")
N("sy muslim, calon sy katolik. mau nikah resmi di indonesia bisa ga, nyatetnya dimana?",
  "interfaith marriage registration", "eligibility")
N("mau daftar umroh lewat travel, cara cek travelnya resmi berizin atau ngga gmn?",
  "check licensed umrah travel agent", "online")
N("daftar haji khusus (onh plus) biar antrinya ga 30 th, setoran awalnya brp?",
  "special hajj (ONH plus) deposit", "cost")
N("ibu almarhumah blm sempet daftar haji sama sekali. kami anak2nya mau badalkan hajinya, gmn caranya?",
  "badal hajj for deceased parent", "steps")
N("bpjs kelas 1 kemahalan buat sy skrg, mau turun ke kelas 3 aja. ngurusnya gmn?",
  "change BPJS class", "steps")
N("cara minta rujukan dr puskesmas ke rs pake bpjs gmn",
  "BPJS referral to hospital", "steps")
N("kemaren berobat di rs swasta bayar sendiri krn kartu bpjs lg error. bisa direimburse ga?",
  "BPJS reimbursement of paid bill", "eligibility")
N("istri sy wna kerja freelance di bali, bisa ikut bpjs kesehatan mandiri ga?",
  "BPJS health for foreigner", "eligibility")
N("mudik lebaran ke kampung 2 minggu, kalo sakit disana bisa berobat pake bpjs di puskesmas kampung? faskes sy di jakarta",
  "use BPJS outside registered clinic while travelling", "eligibility")
N("ditabrak motor pas nyebrang jalan, biaya rs nya ditanggung jasa raharja? klaimnya kemana",
  "Jasa Raharja traffic accident claim", "place")
N("bapak meninggal masih nunggak bpjs 8 bulan. tunggakannya harus dilunasin ahli waris ga, trs nonaktifin kepesertaannya gmn?",
  "deactivate deceased member's BPJS with arrears", "steps")
N("sy hrd di cv yg baru berdiri, mau daftarin karyawan ke bpjs ketenagakerjaan. pendaftaran perusahaannya gmn?",
  "company registration to BPJS TK", "steps")
N("bapak pensiunan pns baru meninggal, mau urus pensiun janda ke taspen buat ibu. syaratnya apa?",
  "Taspen widow pension", "documents")
N("sy di phk tp pesangonnya ga dibayar sesuai aturan. nuntut hak pesangon kemana?",
  "severance pay dispute", "place")
N("sy punya 2 nomor kpj bpjs tk dr 2 kantor berbeda, saldonya mau digabung. gmn?",
  "merge two BPJS TK accounts", "steps")
N("tanggal lahir di data bpjs ketenagakerjaan sy salah, ga sama kyk ktp. benerinnya gmn?",
  "correct BPJS TK member data", "steps")
N("bsu atau bantuan subsidi upah taun ini ada lagi ga? cek penerimanya dimana",
  "wage subsidy (BSU) check", "online")
N("mau ikut program magang ke jepang dari kemnaker, batas umurnya brp?",
  "Japan apprenticeship programme age limit", "eligibility")
N("mau daftar beasiswa lpdp s2 ke luar negeri, syaratnya apa aja?",
  "LPDP scholarship", "documents")
N("kjp plus anak sy blm cair bulan ini, ceknya dimana?",
  "KJP Plus Jakarta disbursement", "online")
N("kami pindah tugas ke medan, anak kelas 8 mau pindah ke smp negeri sana tengah semester. bisa ga, gmn caranya?",
  "mid-year school transfer", "steps")
N("ijazah s1 sy salah ketik tempat lahir, padahal udah mau dipake daftar cpns. ralatnya gmn?",
  "correct error on university diploma", "steps")
N("sy lulusan sma di malaysia, mau lanjut kuliah di indonesia. perlu penyetaraan ijazah? ngurusnya dimana",
  "foreign diploma equivalency", "place")
N("nugget frozen buatan rumah sy mau masuk minimarket, katanya harus bpom md. daftarnya gmn?",
  "BPOM MD registration for frozen food", "steps")
N("mau daftarin merek kopi sy biar ga dijiplak orang, ke mana?",
  "trademark registration", "place")
N("pabrik roti kami udah skala menengah, karyawan 60 orang. sertifikat halalnya lewat jalur apa & biayanya brp?",
  "halal certification for medium enterprise", "cost")
N("imb rumah sy yg lama ilang, pembeli rumah minta liat. minta salinan imb ke mana?",
  "copy of lost old IMB", "place")
N("mau pasang baliho promosi toko di pinggir jalan raya, izin reklamenya ngurus kemana?",
  "billboard permit", "place")
N("mau bikin pt perorangan buat usaha katering, daftar di ahu gmn?",
  "set up sole-proprietor PT", "steps")
N("usaha sy udah tutup, nib nya mau dicabut biar ga ada kewajiban lapor lagi. caranya?",
  "revoke NIB after closing business", "steps")
N("sy ekspat kerja di jakarta, bikin npwp buat wna gmn?",
  "NPWP for foreigner", "steps")
N("spt sy lebih bayar 3 jt, restitusinya brp lama cairnya?",
  "tax refund (restitusi) timing", "duration")
N("baru dikukuhkan jadi pkp, lapor spt masa ppn tiap bulan caranya gmn?",
  "monthly VAT return", "steps")
N("mau ganti warna motor dari merah ke hitam doff, stnk nya harus diubah? ngurusnya gmn",
  "change vehicle colour in registration", "steps")
N("plat nomor mobil yg belakang copot ilang di tol kemarin. bikin plat pengganti gmn?",
  "replace lost licence plate", "steps")
N("motor tua sy udah rusak total, dijual kiloan. biar ga ditagih pajak terus, datanya dihapus gmn?",
  "deregister scrapped vehicle", "steps")
N("kredit motor udah lunas 3 bulan, tp leasing blm nyerahin bpkb. alasannya masih proses. hrs gmn?",
  "BPKB withheld by leasing company", "other")
N("ditilang manual sm polisi, sim ditahan. sidangnya kapan & ambil sim nya dimana?",
  "manual traffic ticket and retrieving SIM", "place")
N("sy udah bikin laporan polisi soal dipukul tetangga, tp skrg udah damai. laporannya bisa dicabut ga?",
  "withdraw police report", "eligibility")
N("mau penelitian skripsi di kantor dinas, disuruh bawa surat izin penelitian dr kesbangpol. ngurusnya gmn?",
  "research permit from Kesbangpol", "steps")
N("mau nerbangin drone buat foto prewed di candi prambanan, perlu izin siapa aja?",
  "drone flight permit", "other")
N("udah cerai di PA, mantan suami ga pernah kasih nafkah anak sesuai putusan. nuntutnya gmn?",
  "enforce child support after divorce", "steps")
N("mantan istri nikah lagi, sy mau hak asuh anak dialihin ke sy. ngajuinnya gmn?",
  "change child custody", "steps")
N("tante sy warga belanda mau beli rumah di bali atas nama dia sendiri, boleh?",
  "foreigner buying a house", "eligibility")
N("sertifikat rumah sy masih hgb, mau dinaikin jadi shm. biayanya brp kira2?",
  "cost of upgrading HGB to SHM", "cost")
N("patok tanah sy digeser tetangga pas sy merantau. mau minta bpn ukur ulang batasnya, gmn?",
  "boundary re-measurement by land office", "steps")
N("sertifikat hasil ptsl nama bapak sy salah ejaan, benerinnya gmn?",
  "correct name on land certificate", "steps")
N("nek pengen dadi anggota kpps pemilu sesuk, ndaftare nang ndi yo?",
  "KPPS poll worker recruitment", "place")
N("sy wni tinggal di sydney, pemilu nanti mau nyoblos dari sini. daftar sebagai pemilih luar negeri gmn?",
  "overseas voter registration", "steps")
N("ktp sy ilang pas lg kerja di hongkong, bisa urus ktp baru di kjri ga?",
  "replace lost ID card while abroad", "place")
N("mau nikah di kbri tokyo sama sesama wni, bisa ga?",
  "marriage at Indonesian embassy", "eligibility")
N("nomor hp asing kedaftar pake nik sy, ada yg pake buat registrasi kartu. cara cek & hapusnya gmn?",
  "phone numbers registered with my NIK", "steps")
N("ganti hp, aplikasi ikd sy minta login ulang tp katanya perangkat berbeda. gmn?",
  "move IKD to a new phone", "steps")
N("akta kelahiran mau dipake ngurus kerja di belanda, katanya hrs diapostille. ngurusnya dimana?",
  "apostille for birth certificate", "place")
N("buku nikah mau dilegalisir buat visa pasangan ke australia, ke kemenag mana?",
  "legalise marriage book for visa", "place")
N("kks ibu sy ilang, pkh nya jadi ga bisa diambil. bikin kartu kks baru gmn?",
  "replace lost KKS card", "steps")
N("rumah sy udah reyot mau roboh, mau ngajuin bantuan bedah rumah. daftarnya gmn?",
  "home renovation aid (RTLH)", "steps")
N("mau daftar beasiswa disuruh bawa surat keterangan penghasilan ortu, bikinnya gmn?",
  "parents' income statement letter", "steps")
N("mau ajuin kur ke bank, disuruh bawa surat keterangan usaha dr desa. sku bikinnya gmn?",
  "business statement letter (SKU)", "documents")
N("daftar cpns minta surat keterangan belum menikah, bikin dimana?",
  "certificate of unmarried status", "place")
N("bagi waris menurut islam, anak perempuan dapet brp bagian dibanding anak laki2?",
  "Islamic inheritance shares", "other")
N("abang sy nelayan hilang di laut 3 bulan, jenazahnya ga ketemu. akta kematiannya bisa dibikin?",
  "death certificate for missing person", "eligibility")
N("istri mau lahiran tp kami ga punya bpjs. ada jampersal ga, daftarnya gmn?",
  "Jampersal delivery aid", "eligibility")
N("bapak sy veteran pejuang, tunjangan veterannya ngurus kemana?",
  "veteran allowance", "place")
N("bayi sy lahir dalam keadaan meninggal di rs. itu perlu dilaporin ke dukcapil ga?",
  "report a stillbirth", "other")
N("sy mau jadi pendamping pph halal buat bantu umkm, daftarnya gmn?",
  "become halal process facilitator", "steps")
N("mau jadi agen perisai bpjs ketenagakerjaan, daftarnya kemana?",
  "become a Perisai agent", "steps")
N("keripik sy mau diekspor ke malaysia, izin ekspornya apa aja?",
  "export permit for snacks", "documents")
N("warung sy mau jual minuman beralkohol golongan a, izinnya apa?",
  "alcohol retail licence", "documents")
N("mau bikin koperasi simpan pinjam di desa, akta pendiriannya ngurus gmn?",
  "set up a savings cooperative", "steps")
N("sy bidan mau buka praktik mandiri, sip nya ngurus di mana?",
  "midwife practice licence", "place")
N("tanah sy kena proyek jalan tol, ganti ruginya gmn prosesnya?",
  "land acquisition compensation", "steps")
N("alamat di akun coretax sy masih alamat lama, ubahnya gmn?",
  "update address in Coretax", "steps")
N("sertifikat sy dulu dijaminkan ke koperasi yg skrg udah bubar, roya nya gmn dong?",
  "roya when creditor cooperative dissolved", "steps")
N("mau bikin paspor anak, tp mantan suami ga mau ngasih izin & ktp nya. bisa tanpa ayahnya?",
  "child passport without father's consent", "eligibility")
N("mobil pickup buat usaha sayur harus uji kir ga? ngurus kir dimana",
  "vehicle roadworthiness test (KIR)", "place")
N("katanya sim skrg ada poin pelanggaran, kalo poin abis sim dicabut? gmn ngeceknya",
  "SIM demerit points", "other")
N("tanah wakaf buat masjid mau disertifikatkan atas nama nadzir, prosedurnya gmn?",
  "waqf land certification", "steps")
N("mobil listrik pajak tahunannya gratis ga sih?",
  "annual tax for electric car", "cost")
N("bapak udah meninggal, spt tahunan nya siapa yg lapor & gmn caranya?",
  "tax return for a deceased person", "steps")
N("mobil dinas pemda bekas lelang mau sy balik nama ke nama pribadi, plat merahnya gmn?",
  "register auctioned government car", "steps")
N("mobil sy mau dipake taksi online, ganti ke plat kuning ngurusnya gmn?",
  "commercial yellow plate", "steps")
N("udah lolos prakerja tp nomor ewallet sy ilang, mau ganti rekening penerima insentif bisa?",
  "change Prakerja payout account", "steps")
N("kip kuliah sy diberhentiin krn ipk turun, bisa diaktifin lagi ga?",
  "reinstate revoked KIP Kuliah", "eligibility")
N("buku tabungan pip anak ilang, dananya gmn ngambilnya?",
  "lost PIP savings book", "steps")
N("mau minta surat catatan kepolisian dr malaysia krn dulu pernah kerja disana, gmn?",
  "police clearance from Malaysia", "steps")

# ---------------------------------------------------------------- off_topic (20)
O("wkwkwk", "laughter")
O("halo min, lg sibuk ga", "greeting chit-chat")
O("bot bego jawabannya ga nyambung terus", "insult")
O("besok bandung ujan ga ya", "weather")
O("siapa presiden pertama indonesia", "general knowledge")
O("rekomendasi kpr bank yg bunganya paling kecil apa ya", "bank mortgage")
O("kartu telkomsel sy mati krn masa aktif habis, bisa diaktifin lg?", "phone SIM card")
O("paket sy dr shopee udh seminggu blm nyampe", "online shop delivery")
O("menurut kamu partai mana yg paling bagus buat 2029?", "politics")
O("ceritain lelucon dong biar ga bete", "joke")
O("resep rendang padang yg empuk gmn", "recipe")
O("makasih ya min 🙏", "thanks")
O("cara push rank ml biar cepet mythic", "game")
O("kurs dollar ke rupiah hari ini brp", "exchange rate")
O("jodoh sy kapan dateng ya min", "joke personal")
O("kamu manusia apa robot sih?", "chit-chat about bot")
O("assalamualaikum", "greeting")
O("gmn cara naikin limit paylater", "private credit")
O("rumus luas lingkaran apa ya, lupa", "general knowledge")
O("skor timnas semalem brp?", "sports")

# ---------------------------------------------------------------- follow_up (60)
F("bikin paspor buat umroh syaratnya apa ya", "biayanya brp?",
  ["paspor-baru"], "passport cost", "cost")
F("sim c sy bulan depan abis, perpanjang dmn ya", "kalo online bisa ga",
  ["sim-perpanjangan"], "renew SIM online", "online")
F("bikin skck buat lamar kerja perlu apa aja", "jadinya lama ga?",
  ["skck-baru"], "SKCK processing time", "duration")
F("ktp sy ilang kemarin, ngurusnya gmn", "bayar ga?",
  ["ktp-el-hilang"], "cost of lost ID reprint", "cost")
F("cara daftar bpjs mandiri sekeluarga", "kelas 3 sebulan brp per org",
  ["bpjs-kesehatan-mandiri"], "class 3 fee", "cost")
F("syarat akta kelahiran bayi apa aja", "kalo udah lewat 60 hari gmn?",
  ["akta-kelahiran-terlambat"], "birth registration after 60 days", "eligibility")
F("ktp sy patah, gantinya gmn", "kalo ilang beda ga syaratnya?",
  ["ktp-el-hilang"], "requirements for lost ID card", "documents")
F("bayar pajak motor tahunan bawa apa", "kalo yg 5 taunan?",
  ["stnk-lima-tahunan"], "5-year STNK requirements", "documents")
F("cara klaim jht gmn", "lewat hp bisa?",
  ["bpjs-ketenagakerjaan-jht"], "claim JHT online", "online")
F("syarat nikah di kua apa aja", "kalo akadnya di rumah bayar?",
  ["nikah-kua"], "fee for wedding at home", "cost")
F("skck sy minggu depan abis, perpanjang bawa apa", "kalo udah kelewat tanggalnya?",
  ["skck-perpanjangan"], "SKCK already expired", "eligibility")
F("syarat bikin sim a baru apa", "tes psikologinya dimana?",
  ["sim-baru"], "where psychological test", "place")
F("bpkb motor ilang, ngurusnya gmn", "prosesnya lama?",
  ["bpkb-hilang"], "lost BPKB duration", "duration")
F("stnk ilang ngurusnya kemana", "biaya brp kira2",
  ["stnk-hilang"], "lost STNK cost", "cost")
F("cara bikin npwp gmn", "bayar ga bikinnya",
  ["npwp-pribadi"], "NPWP cost", "cost")
F("setoran awal haji brp skrg", "minimal umur brp buat daftar?",
  ["pendaftaran-haji"], "minimum hajj registration age", "eligibility")
F("cara daftar prakerja", "dapet duit brp?",
  ["kartu-prakerja"], "Prakerja benefit amount", "cost")
F("syarat kip kuliah apa", "daftarnya kapan dibuka?",
  ["kip-kuliah"], "KIP Kuliah registration period", "duration")
F("cara cek pip anak gmn", "sd dapet brp setaun?",
  ["pip"], "PIP amount for primary pupils", "cost")
F("mau pecah kk dari ortu", "harus beda rumah ga?",
  ["kk-pisah"], "split KK at same address", "eligibility")
F("baru nikah mau bikin kk sendiri gmn", "sekalian ktp statusnya diganti?",
  ["kk-baru-menikah"], "update ID status with new KK", "other")
F("cara urus akta kematian bapak", "batas lapornya brp hari?",
  ["akta-kematian"], "deadline to report death", "duration")
F("akta kematian udah jadi, mau bikin surat ahli waris di kelurahan", "perlu saksi ga?",
  ["surat-ahli-waris"], "witnesses for heir letter", "documents")
F("mau gugat cerai di pengadilan agama, caranya gmn", "bisa gratis ga sy ga ada penghasilan",
  ["cerai-pengadilan-agama"], "free divorce (prodeo)", "cost")
F("isbat nikah gmn caranya", "abis itu akta anak gmn?",
  ["pengesahan-anak"], "child certificate after itsbat", "steps")
F("cara daftar halal self declare", "harus punya nib dulu?",
  ["sertifikat-halal-self-declare"], "NIB needed for halal", "documents")
F("izin pirt ngurusnya gmn", "lama ga prosesnya?",
  ["spp-irt"], "PIRT processing time", "duration")
F("daftar nib di oss gmn", "usaha kue rumahan perlu izin lain ga kyk pirt?",
  ["spp-irt"], "PIRT for home cakes", "eligibility")
F("kpr lunas, roya gmn ngurusnya", "bisa online ga?",
  ["roya"], "electronic roya", "online")
F("sertifikat tanah ilang gmn gantinya", "biayanya?",
  ["sertifikat-tanah-hilang"], "replacement title cost", "cost")
F("cara balik nama sertifikat abis beli tanah", "nanti berkasnya bisa dipantau lewat hp?",
  ["cek-sertifikat-sentuh-tanahku"], "track land file online", "online")
F("ptsl syaratnya apa aja", "kalo desa sy ga kebagian ptsl?",
  ["sertifikat-tanah-ptsl"], "land title when village not in PTSL", "other")
F("cara bayar pbb online", "telat dendanya brp?",
  ["pbb-p2"], "late PBB penalty", "penalty")
F("balik nama motor bekas gmn", "yg jual perlu ngapain biar aman?",
  ["lapor-jual-kendaraan"], "seller reports sale", "steps")
F("dapet surat etle, harus ngapain", "kalo dicuekin aja gmn?",
  ["tilang-elektronik-etle"], "consequence of ignoring ETLE", "penalty")
F("mutasi motor dr jakarta ke jogja gmn", "brp lama kelarnya?",
  ["mutasi-kendaraan"], "vehicle transfer duration", "duration")
F("kena phk, bpjs kesehatan msh aktif ga", "kalo lewat 6 bulan blm dapet kerja?",
  ["bpjs-kesehatan-phk"], "BPJS after 6 months unemployed", "steps")
F("kena phk, jkp dapet brp", "klaimnya lewat apa?",
  ["bpjs-tk-jkp"], "where to claim JKP", "online")
F("suami meninggal, peserta bpjs tk, santunannya brp", "anak dapet beasiswa jg ga?",
  ["bpjs-tk-jkm"], "scholarship for children", "eligibility")
F("iuran bpjs tk mandiri brp", "manfaatnya apa aja?",
  ["bpjs-tk-bpu"], "BPU benefits", "overview")
F("bayi baru lahir daftar bpjs gmn", "telat daftar kena apa?",
  ["bpjs-kesehatan-bayi-baru-lahir"], "late newborn registration", "penalty")
F("bpjs nunggak cara aktifinnya gmn", "abis dibayar langsung aktif?",
  ["bpjs-kesehatan-reaktivasi"], "reactivation time", "duration")
F("ganti faskes lewat mobile jkn gmn", "bulan lalu baru ganti, mau ganti lagi bisa?",
  ["bpjs-kesehatan-pindah-faskes"], "change clinic again", "eligibility")
F("kartu kuning bikin dimana", "ada online nya?",
  ["kartu-kuning-ak1"], "AK1 online", "online")
F("syarat bikin surat pindah", "trus di kota tujuan ngurus apa?",
  ["pindah-datang"], "steps at destination", "steps")
F("bikin kia syaratnya apa", "berlakunya sampe umur brp?",
  ["kia"], "KIA validity", "validity")
F("anak sy 17 th mau rekam ktp", "boleh rekam di kecamatan lain ga?",
  ["ktp-el-baru"], "record ID outside home subdistrict", "place")
F("aktivasi ikd gmn", "harus di dukcapil sesuai alamat ktp?",
  ["ikd"], "where to activate IKD", "place")
F("cek dpt gmn caranya", "umur brp udah boleh nyoblos?",
  ["cek-dpt-pemilih"], "voting age", "eligibility")
F("mau bikin konser di gor, izin keramaian gmn", "ada biayanya?",
  ["izin-keramaian"], "event permit cost", "cost")
F("motor sy dicuri, bikin laporan polisi gmn", "bayar ga lapor?",
  ["laporan-polisi"], "cost of police report", "cost")
F("ketipu olshop udh transfer, harus gmn", "duitnya pasti balik ga?",
  ["penipuan-online"], "chance of refund after scam", "other")
F("paspor ilang gmn ngurusnya", "dendanya brp?",
  ["paspor-hilang-rusak"], "lost passport fee", "penalty")
F("cara bikin sim internasional", "ongkirnya ditanggung siapa kalo dikirim?",
  ["sim-internasional"], "delivery cost of international permit", "cost")
F("mau adopsi anak saudara, prosedurnya gmn", "nanti bisa masuk kk kami?",
  ["pengangkatan-anak"], "adopted child in family card", "other")
F("ganti nama anak prosedurnya gmn", "yg di dukcapil bayar?",
  ["ganti-nama"], "cost at Dukcapil after name change", "cost")
F("cara daftar haji reguler", "kalo udah pernah haji bisa daftar lagi?",
  ["pendaftaran-haji"], "register again after hajj", "eligibility")
F("syarat bikin skck apa aja", "pas fotonya latar warna apa?",
  ["skck-baru"], "photo background for SKCK", "documents")
F("bikin paspor baru syaratnya apa", "visa jepangnya bisa sekalian diurus di imigrasi?",
  [], "Japan visa", "other")
F("cara bikin sim c baru", "kalo sim b1 buat truk syaratnya beda ga?",
  [], "SIM B1 requirements", "documents")

# ---------------------------------------------------------------- english (20)
E("How do I apply for a new passport? It's my first one.",
  ["paspor-baru"], "first passport application", "steps")
E("I'm British and married to an Indonesian woman. Which permit lets me live here with her?",
  ["izin-tinggal-pasangan-wna"], "spouse residence permit", "overview")
E("lost my KTP on the commuter train, what should I do",
  ["ktp-el-hilang"], "replace lost ID card", "steps")
E("how much is the monthly BPJS Kesehatan premium for class 1?",
  ["bpjs-kesehatan-mandiri"], "class 1 premium", "cost")
E("Can I apply for an international driving permit online and have it delivered?",
  ["sim-internasional"], "international permit online", "online")
E("Our daughter was born in Singapore. How do we register her back home in Indonesia?",
  ["kelahiran-luar-negeri"], "register child born abroad", "steps")
E("I resigned last month. When can I claim my JHT?",
  ["bpjs-ketenagakerjaan-jht"], "JHT claim timing", "duration")
E("I hold a KITAP. Am I required to get an Indonesian ID card?",
  ["dokumen-kependudukan-wna"], "ID card for KITAP holder", "eligibility")
E("My son has dual nationality. By what age must he choose one?",
  ["kewarganegaraan-ganda-anak"], "deadline to choose citizenship", "eligibility")
E("what's the fee for an SKCK police certificate?",
  ["skck-baru"], "SKCK fee", "cost")
E("How can I pay my annual motorbike tax online?",
  ["pajak-kendaraan-tahunan"], "pay vehicle tax online", "online")
E("got scammed on a marketplace after transferring money, what do I do now",
  ["penipuan-online"], "online scam steps", "steps")
E("How do I register my small bakery business for an NIB?",
  ["nib-oss"], "register NIB", "steps")
E("I can't afford a lawyer for my divorce case. Is there free legal aid?",
  ["bantuan-hukum-gratis"], "free legal aid", "eligibility")
E("What's the deadline for filing the individual annual tax return?",
  ["spt-tahunan"], "tax return deadline", "duration")
E("Our land certificate was destroyed in a house fire. How do we get a replacement?",
  ["sertifikat-tanah-hilang"], "replace destroyed land title", "steps")
E("I've lived in Indonesia for 10 years on a work permit. How do I apply for citizenship?",
  [], "naturalisation", "steps")
E("Can a foreigner buy a freehold house in Bali?",
  [], "foreigner property ownership", "eligibility")
E("How do I convert my US driver's license into an Indonesian SIM?",
  [], "convert foreign driving licence", "steps")
E("How do I extend my visa on arrival for another 30 days?",
  [], "extend visa on arrival", "steps")

# ---------------------------------------------------------------- complaint (30)
C("petugas dukcapil di kecamatan judes bgt, sy nanya baik2 malah dibentak. mau lapor kemana ya",
  ["pengaduan-lapor"], "report rude civil registry officer")
C("ktp sy udah 4 bulan blm dicetak, alasannya blangko habis terus. kesel, bisa diadukan ga?",
  ["pengaduan-lapor"], "report slow ID card printing", "duration")
C("di samsat sy disuruh bayar bbn 2 pas balik nama motor bekas, katanya wajib. bukannya udah dihapus? mau komplain",
  ["pengaduan-lapor", "balik-nama-kendaraan"], "report BBN II charge", "cost")
C("oknum di polsek minta 50rb buat surat kehilangan, katanya uang administrasi. lapor kmn?",
  ["pengaduan-lapor", "surat-kehilangan-polisi"], "report fee for loss letter", "cost")
C("laporan pencurian motor sy di polres udah 5 bulan ga ada perkembangan, penyidiknya susah dihubungi. ngadu kemana?",
  ["pengaduan-lapor", "laporan-polisi"], "complain stalled police report")
C("pak rt minta 100rb kalo mau surat pengantar, kalo ga bayar ga dikasih. boleh gitu? mau sy laporin",
  ["pengaduan-lapor", "surat-pengantar-rt-rw"], "report RT levy for cover letter", "cost")
C("sekolah motong dana pip anak sy 100rb katanya buat kas kelas. sy ga terima, mau lapor",
  ["pengaduan-lapor", "pip"], "report school cutting PIP funds", "cost")
C("lbh yg katanya gratis minta uang 2 jt buat dampingi kasus ayah sy. itu bener ga? pengen ngadu",
  ["pengaduan-lapor", "bantuan-hukum-gratis"], "report legal aid asking money", "cost")
C("mau ngurus izin keramaian buat pentas seni sekolah, oknum minta 1 jt tanpa kwitansi. lapor kemana?",
  ["pengaduan-lapor", "izin-keramaian"], "report bribe for event permit", "cost")
C("panitia sekolah minta 'sumbangan' 1,5 jt biar anak keterima jalur domisili. sy mau ngadu",
  ["pengaduan-lapor", "spmb-sekolah"], "report school admission levy", "cost")
C("staf tu sekolah minta 300rb buat ngeluarin surat pengganti ijazah sy. harusnya gratis kan? mau lapor",
  ["pengaduan-lapor", "ijazah-hilang"], "report fee for diploma replacement", "cost")
C("sponsor pjtki minta uang fee 20 jt sebelum sy berangkat ke taiwan jd art. mau laporin dia",
  ["pengaduan-lapor", "paspor-pmi"], "report migrant worker recruiter fee", "cost")
C("kantor tempat sy kerja 3 taun ga pernah daftarin bpjs kesehatan, padahal gaji tiap bulan dipotong. mau lapor",
  ["pengaduan-lapor", "bpjs-kesehatan-pekerja"], "report employer not registering BPJS")
C("sy kecelakaan di proyek bangunan, pas mau klaim ternyata mandor ga pernah daftarin bpjs tk. ngadu kemana?",
  ["pengaduan-lapor", "bpjs-tk-jkk"], "report employer not registering BPJS TK")
C("desa minta 500rb per bidang buat ptsl, katanya buat patok. kemahalan kan? mau lapor",
  ["pengaduan-lapor"], "report excessive PTSL levy", "cost")
C("udah lapor di lapor.go.id sebulan lalu soal jalan berlubang, sampe skrg ga ditanggapin sama sekali",
  ["pengaduan-lapor"], "LAPOR report ignored")
C("call center 165 ga pernah nyambung, pandawa juga ga bales2. mau komplain bpjs kemana lagi?",
  ["pengaduan-lapor"], "complain unresponsive BPJS channels")
C("petugas imigrasi nyuruh lewat biro biar paspor cepet, bayar 1,5 jt. itu pungli kan? mau lapor",
  ["pengaduan-lapor"], "report passport office broker", "cost")
C("antre di satpas dari subuh, calo keliaran bebas nawarin sim tembak depan petugas. mau ngelaporin",
  ["pengaduan-lapor"], "report brokers at SIM office")
C("kelurahan ga mau bikinin sktm buat anak sy daftar kip kuliah, alasannya ga jelas. ngadu kemana?",
  ["pengaduan-lapor"], "complain village refusing SKTM")
C("petugas kua minta amplop 1 jt padahal akad di kantor kua pas jam kerja. mau sy adukan",
  ["pengaduan-lapor"], "report KUA officer asking money", "cost")
C("pendamping pkh di desa kami motong 50rb tiap pencairan bansos. laporinnya kemana?",
  ["pengaduan-lapor"], "report cut of social aid", "cost")
C("polisi lalu lintas minta damai 200rb pas sy ditilang, ga dikasih surat tilang. mau lapor",
  ["pengaduan-lapor"], "report traffic police bribe", "cost")
C("berkas balik nama sertifikat sy di bpn udah 6 bulan ga kelar2, tiap ditanya cuma disuruh nunggu. mau komplain",
  ["pengaduan-lapor"], "complain slow land office", "duration")
C("lampu jalan di gang kami mati udah 3 bulan, udah bilang ke kelurahan tp ga dibenerin",
  ["pengaduan-lapor"], "report broken street light")
C("petugas samsat kasar bgt waktu sy tanya soal pajak, mau laporin orangnya",
  ["pengaduan-lapor"], "report rude Samsat officer")
C("puskesmas nolak ibu sy yg pasien bpjs, alasannya kuota habis. mau komplain",
  ["pengaduan-lapor"], "complain clinic refusing BPJS patient")
C("perangkat desa minta uang administrasi 200rb buat surat ahli waris. ngadu kemana ini?",
  ["pengaduan-lapor"], "report levy for heir letter", "cost")
C("layanan dukcapil online ga bisa diakses udah seminggu, wa pengaduannya cuma centang satu",
  ["pengaduan-lapor"], "complain civil registry online outage", "online")
C("wis ping telu nang kelurahan ngurus surat domisili, saben teko dikon bali sesuk. kesel aku, iso lapor nang ndi?",
  ["pengaduan-lapor"], "complain repeated delay at village office", "duration")


def main():
    rng = random.Random(20261203)
    rows = list(ROWS)
    rng.shuffle(rows)
    with open("/work/train3/questions.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), Counter(r["group"] for r in rows))


if __name__ == "__main__":
    main()

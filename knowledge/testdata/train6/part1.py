# in_scope rows, articles a..k (hand-written)
from common import R

ROWS = [
# akta-kelahiran-hilang-rusak
R("akte lahir sy ilang kebawa banjir kemarin di bekasi, bisa dicetak lagi ga? mau dipake daftar kuliah", ["akta-kelahiran-hilang-rusak"], "reissue lost birth certificate", "steps"),
R("akte lair anakku rusak kena banyu pas omah kebanjiran, iso diganti ra? mbayar ora?", ["akta-kelahiran-hilang-rusak"], "replace damaged birth certificate", "cost"),
# akta-kelahiran-terlambat
R("bapak sy umur 58 blm pernah punya akte lahir, sekarang diminta buat ngurus pensiun. masih bisa bikin ga?", ["akta-kelahiran-terlambat"], "late birth registration for adult", "eligibility"),
R("akte anak kedua telat hampir setahun krn sy kerja di kalimantan, kena denda gak min?", ["akta-kelahiran-terlambat"], "fine for late birth certificate", "penalty"),
# akta-kelahiran
R("istri baru lahiran di RSUD sidoarjo tgl 2 kemarin, bikin akte bayinya butuh apa aja?", ["akta-kelahiran"], "birth certificate documents", "documents"),
R("anak lahir di rumah dibantu dukun beranak, jadi ga ada surat dr bidan. akte nya tetep bisa?", ["akta-kelahiran"], "birth certificate without birth letter", "documents"),
R("ngurus akta lahir bayi di capil bayar brp kak", ["akta-kelahiran"], "birth certificate fee", "cost"),
# akta-kematian
R("nenek meninggal di rumah minggu lalu di klaten, lapor kematiannya ke mana dan bawa apa?", ["akta-kematian"], "death certificate documents", "documents"),
R("batas waktu lapor orang meninggal ke dukcapil brp hari ya?", ["akta-kematian"], "death registration deadline", "duration"),
# akta-pembetulan
R("nama sy di akte tertulis Siti Nurhalizah padahal di ijazah Siti Nurhaliza, mau daftar CPNS. benerinnya perlu ke pengadilan ga?", ["akta-pembetulan"], "correct typo in birth certificate", "steps"),
R("tempat lahir di akte anak salah ketik jadi Jogyakarta. pembetulan kayak gini gratis?", ["akta-pembetulan"], "cost of correcting birth certificate typo", "cost"),
# akta-perceraian
R("sy katolik, putusan cerai dr PN jakarta timur udah inkracht bulan lalu. akta cerainya ngurus ke mana?", ["akta-perceraian"], "non-muslim divorce certificate", "place"),
R("habis putusan cerai PN, lapor ke capil paling lambat kapan?", ["akta-perceraian"], "divorce registration deadline", "duration"),
# akta-perkawinan-nonmuslim
R("kami pemberkatan di gereja HKBP bulan depan, pencatatan sipilnya bawa dokumen apa aja?", ["akta-perkawinan-nonmuslim"], "non-muslim marriage certificate documents", "documents"),
R("udah nikah adat hindu di gianyar, wajib dicatat dukcapil juga ga? batasnya brp lama", ["akta-perkawinan-nonmuslim"], "deadline to register hindu marriage", "duration"),
# balik-nama-kendaraan
R("beli beat bekas dari tetangga di cirebon, balik nama stnk sama bpkb masih kena bbn ga skrg?", ["balik-nama-kendaraan"], "BBNKB on used motorbike transfer", "cost"),
R("mau balik nama avanza bekas, pemilik lamanya udah pindah ke medan. ktp dia masih perlu ga?", ["balik-nama-kendaraan"], "documents for used car ownership transfer", "documents"),
# balik-nama-sertifikat-tanah
R("beli tanah kavling 100 meter di bogor dari orang, balik nama sertifikatnya keluar biaya apa aja?", ["balik-nama-sertifikat-tanah"], "land title transfer costs", "cost"),
R("sertifikat rumah masih atas nama almarhum kakek, mau dialihkan ke anak2nya. langkahnya gmn", ["balik-nama-sertifikat-tanah"], "inheritance land title transfer", "steps"),
# bantuan-hukum-gratis
R("adik sy ditangkap polres karna dituduh nyuri hp, kami ga ada duit buat pengacara. ada pendampingan gratis ga?", ["bantuan-hukum-gratis"], "free legal aid for detained relative", "eligibility"),
R("posbakum di pengadilan agama bisa bantuin bikin surat gugatan ga?", ["bantuan-hukum-gratis"], "posbakum services", "overview"),
# bpjs-kesehatan-bayi-baru-lahir
R("anak ketiga lahir 10 hari lalu, sy peserta bpjs mandiri kelas 2. daftarin bayinya paling lambat kapan?", ["bpjs-kesehatan-bayi-baru-lahir"], "deadline to register newborn in BPJS", "duration"),
R("bayi blm punya NIK, bisa didaftarin bpjs dulu pake surat lahir dr bidan?", ["bpjs-kesehatan-bayi-baru-lahir"], "register newborn without NIK", "documents"),
# bpjs-kesehatan-mandiri
R("sy tukang cukur, mau daftar bpjs sendiri sekeluarga 4 orang kelas 3. sebulan total brp?", ["bpjs-kesehatan-mandiri"], "self-paid BPJS class 3 premium", "cost"),
R("daftar jkn mandiri lewat hp bisa? ga sempet ke kantor cabang krn jaga warung", ["bpjs-kesehatan-mandiri"], "register BPJS online", "online"),
R("baru daftar bpjs mandiri kemaren, kalo minggu depan sakit udh bisa dipake belum?", ["bpjs-kesehatan-mandiri"], "BPJS activation waiting period", "duration"),
# bpjs-kesehatan-pbi
R("ibu sy janda, kerja serabutan. mau bpjs yg dibayarin pemerintah, daftarnya ke mana?", ["bpjs-kesehatan-pbi"], "apply for government-paid BPJS", "place"),
R("kis pbi bapak tiba2 ga aktif pas mau kontrol ke puskesmas, kenapa dan harus gimana", ["bpjs-kesehatan-pbi"], "reactivate PBI membership", "steps"),
# bpjs-kesehatan-pekerja
R("sy karyawan pabrik garmen di karawang gaji 5,2 jt. potongan bpjs kesehatan dr gaji harusnya brp?", ["bpjs-kesehatan-pekerja"], "employee BPJS deduction", "cost"),
R("udah 4 bulan kerja di toko bangunan tp bos blm daftarin bpjs kesehatan, itu sebenernya wajib ga?", ["bpjs-kesehatan-pekerja"], "employer obligation to register BPJS", "eligibility"),
# bpjs-kesehatan-phk
R("kena phk dr pabrik sepatu di tangerang bulan lalu, bpjs kesehatan sy masih jalan ga?", ["bpjs-kesehatan-phk"], "BPJS health coverage after layoff", "eligibility"),
R("kalo resign sendiri dapet juga gratis bpjs kesehatan 6 bulan kayak yg di phk?", ["bpjs-kesehatan-phk"], "health coverage after resignation", "eligibility"),
# bpjs-kesehatan-pindah-faskes
R("baru ngontrak di cibubur, faskes bpjs masih puskesmas lama di depok. ganti lewat aplikasi gmn?", ["bpjs-kesehatan-pindah-faskes"], "change primary clinic via app", "online"),
R("ganti faskes 1 hari ini, mulai berlakunya kapan?", ["bpjs-kesehatan-pindah-faskes"], "when new clinic takes effect", "duration"),
# bpjs-kesehatan-reaktivasi
R("bpjs sy mati krn nunggak 2 taun pas pandemi, mau aktif lagi harus lunasin semua?", ["bpjs-kesehatan-reaktivasi"], "reactivate BPJS after arrears", "cost"),
R("abis lunasin tunggakan trus sebulan kemudian opname, kena denda?", ["bpjs-kesehatan-reaktivasi"], "inpatient penalty after reactivation", "penalty"),
# bpjs-ketenagakerjaan-jht
R("resign dr alfamart akhir oktober, jht bisa dicairin kapan?", ["bpjs-ketenagakerjaan-jht"], "JHT waiting period after resignation", "duration"),
R("klaim jht lewat JMO syaratnya apa aja? paklaring perlu ga?", ["bpjs-ketenagakerjaan-jht"], "JHT claim documents", "documents"),
# bpjs-tk-bpu
R("sy driver ojol di makassar, mau ikut bpjs ketenagakerjaan sendiri. iurannya sebulan brp?", ["bpjs-tk-bpu"], "self-employed BPJS TK premium", "cost"),
R("nelayan bisa daftar bpjs tk ga? daftarnya dmn", ["bpjs-tk-bpu"], "register fisherman in BPJS TK", "place"),
# bpjs-tk-jkk
R("suami jatuh dr motor pas berangkat ke pabrik, kakinya patah. ditanggung bpjs tk ga?", ["bpjs-tk-jkk"], "commuting accident coverage", "eligibility"),
R("selama ga bisa kerja krn kecelakaan di pabrik, gaji diganti brp persen sama bpjs?", ["bpjs-tk-jkk"], "wage replacement for work accident", "cost"),
# bpjs-tk-jkm
R("ayah meninggal krn serangan jantung, beliau peserta bpjs tk aktif. ahli warisnya dapet brp?", ["bpjs-tk-jkm"], "death benefit amount", "cost"),
R("klaim santunan kematian bpjstk bisa online ga? kami jauh dr kantor cabang", ["bpjs-tk-jkm"], "claim death benefit online", "online"),
# bpjs-tk-jkp
R("kontrak sy diputus di tengah jalan sama pabrik, bisa klaim jkp?", ["bpjs-tk-jkp"], "JKP eligibility for contract worker", "eligibility"),
R("jkp dapet brp per bulan kalo gaji terakhir 4,5 jt?", ["bpjs-tk-jkp"], "JKP cash benefit amount", "cost"),
# bpjs-tk-jp
R("umur 45 resign, jaminan pensiunnya bisa diambil sekarang ga?", ["bpjs-tk-jp"], "withdraw pension before retirement age", "eligibility"),
R("sy lahir 1968, tahun 2027 udh bisa klaim pensiun bulanan bpjs tk?", ["bpjs-tk-jp"], "pension age", "eligibility"),
# bpkb-hilang
R("bpkb vario sy ilang pas pindahan kos di jogja, ngurusnya lama ga?", ["bpkb-hilang"], "lost BPKB processing time", "duration"),
R("ganti bpkb mobil yg hilang biayanya brp?", ["bpkb-hilang"], "lost BPKB fee", "cost"),
# buku-nikah-hilang-rusak
R("buku nikah kami ilang, dulu nikah di KUA ciputat. skrg tinggal di batam, bisa diurus dr sini?", ["buku-nikah-hilang-rusak"], "duplicate marriage book from another city", "place"),
R("duplikat buku nikah bayar ga min", ["buku-nikah-hilang-rusak"], "duplicate marriage book fee", "cost"),
# cek-bansos
R("gmn cara liat nama ibu sy terdaftar PKH apa ngga, lewat hp aja", ["cek-bansos"], "check bansos status online", "online"),
# cek-dpt-pemilih
R("anak sy baru 17 thn bulan lalu, mau cek udh masuk daftar pemilih blm", ["cek-dpt-pemilih"], "check voter list", "online"),
R("kuliah di malang tp ktp lumajang, pas pilkada mau nyoblos di malang bisa?", ["cek-dpt-pemilih"], "move voting location", "steps"),
# cek-sertifikat-sentuh-tanahku
R("ngajuin berkas di bpn bulan lalu, mau pantau udh sampe mana dr hp bisa?", ["cek-sertifikat-sentuh-tanahku"], "track land office application online", "online"),
R("mau beli rumah second di cileungsi, gmn mastiin sertifikatnya asli?", ["cek-sertifikat-sentuh-tanahku"], "verify land certificate authenticity", "steps"),
# cerai-pengadilan-agama
R("sy istri, suami udh 3 taun pergi ga ada kabar. mau gugat cerai ke PA, syaratnya apa?", ["cerai-pengadilan-agama"], "documents for muslim divorce suit", "documents"),
R("cerai di pengadilan agama kira2 habis brp? sy cuma buruh cuci", ["cerai-pengadilan-agama"], "divorce court costs", "cost"),
R("daftar gugatan cerai bisa lewat ecourt dari rumah?", ["cerai-pengadilan-agama"], "file divorce online", "online"),
# dokumen-kependudukan-wna
R("istri sy warga filipina udh punya kitap, mau dimasukin ke kk sy di denpasar. bawa apa aja?", ["dokumen-kependudukan-wna"], "add KITAP spouse to family card", "documents"),
R("wna pemegang kitas wajib lapor ke dukcapil brp hari setelah izinnya keluar?", ["dokumen-kependudukan-wna"], "SKTT reporting deadline", "duration"),
# ganti-nama
R("anak sy namanya cuma satu kata, Bejo. mau ditambah biar dua kata, harus lewat pengadilan negeri?", ["ganti-nama"], "change child's name", "steps"),
R("abis dapet penetapan ganti nama dr PN, ke dukcapilnya maksimal kapan?", ["ganti-nama"], "deadline to report name change", "duration"),
# ijazah-hilang
R("ijazah SMP sy kebakar waktu rumah kebakaran di palembang, sekolahnya masih ada. minta gantinya gmn?", ["ijazah-hilang"], "replace burned diploma", "steps"),
R("ijazah SD ilang, sekolahnya udh ditutup. urus ke mana?", ["ijazah-hilang"], "lost diploma from closed school", "place"),
# ikd
R("mau aktivasi ktp digital, katanya harus di-scan barcodenya sama petugas ya?", ["ikd"], "IKD activation steps", "steps"),
R("syarat bikin KTP digital apa aja? hp sy android lama", ["ikd"], "IKD requirements", "documents"),
# itsbat-nikah
R("ortu sy nikah siri th 1995, mau dicatat resmi biar bisa urus warisan. syarat isbatnya apa?", ["itsbat-nikah"], "itsbat nikah documents", "documents"),
R("sidang isbat nikah bisa gratis ga buat yg ga mampu?", ["itsbat-nikah"], "free itsbat nikah", "cost"),
# izin-keramaian
R("karang taruna mau bikin lomba 17an pake panggung dangdut di lapangan desa, izin ke polsek paling lambat kapan?", ["izin-keramaian"], "crowd permit deadline", "duration"),
R("syarat izin keramaian buat konser band lokal di GOR apa aja?", ["izin-keramaian"], "concert permit documents", "documents"),
# izin-tinggal-pasangan-wna
R("suami sy dr jerman, baru nikah 3 bulan. mau tinggal di bandung, izinnya apa?", ["izin-tinggal-pasangan-wna"], "residence permit for foreign spouse", "overview"),
R("kapan KITAS istri bisa diubah jadi KITAP? udh nikah 2,5 th", ["izin-tinggal-pasangan-wna"], "ITAS to ITAP conversion", "eligibility"),
# kartu-kuning-ak1
R("lamaran ke pabrik di cikarang minta kartu ak1, bikinnya dimana dan bawa apa?", ["kartu-kuning-ak1"], "job seeker card documents", "documents"),
R("kartu kuning bisa dibikin online ga?", ["kartu-kuning-ak1"], "job seeker card online", "online"),
# kartu-prakerja
R("sy 20 thn lulusan SMK, blm kerja. bisa ikut prakerja ga? caranya?", ["kartu-prakerja"], "Prakerja eligibility", "eligibility"),
# kelahiran-luar-negeri
R("anak sy lahir di kuala lumpur, sy PMI. pulang ke indramayu bulan depan, biar dapet NIK gmn?", ["kelahiran-luar-negeri"], "register child born abroad", "steps"),
R("akte lahir dr korea harus diterjemahin dulu ga pas lapor dukcapil?", ["kelahiran-luar-negeri"], "translation of foreign birth certificate", "documents"),
# kematian-luar-negeri
R("kakak sy meninggal di arab saudi waktu kerja, keluarga ga mampu. biaya pulangin jenazah siapa yg nanggung?", ["kematian-luar-negeri"], "repatriation cost", "cost"),
R("paman wafat di taiwan, mau dikuburin di kampung. ngurus pemulangannya mulai dari mana?", ["kematian-luar-negeri"], "repatriation steps", "steps"),
# kewarganegaraan-ganda-anak
R("anak sy ayahnya org australia, umurnya 16. sampe umur brp dia boleh pegang 2 kewarganegaraan?", ["kewarganegaraan-ganda-anak"], "dual citizenship age limit", "validity"),
R("affidavit anak kawin campur diurusnya dimana?", ["kewarganegaraan-ganda-anak"], "where to get affidavit", "place"),
# kia
R("anak sy umur 6 th mau masuk SD, bikin KIA perlu pas foto ga?", ["kia"], "KIA photo requirement", "documents"),
R("KIA anak umur 3 tahun berlaku sampe kapan?", ["kia"], "KIA validity", "validity"),
# kip-kuliah
R("anak sy lulus SMA taun ini, bapaknya petani. daftar kip kuliah dimana?", ["kip-kuliah"], "register KIP Kuliah", "online"),
R("kip kuliah biaya hidupnya dapet brp per bulan?", ["kip-kuliah"], "KIP Kuliah living allowance", "cost"),
# kk-baru-menikah
R("baru nikah di KUA bulan lalu, mau bikin kk sendiri. suami ktp garut, sy ktp bandung. gmn?", ["kk-baru-menikah"], "new family card after marriage", "steps"),
# kk-hilang-rusak
R("kk kebasahan kena bocor atap, tulisannya luntur. bisa cetak baru ga?", ["kk-hilang-rusak"], "replace damaged family card", "steps"),
R("kk ilang, harus ke polsek dulu baru ke capil?", ["kk-hilang-rusak"], "police letter for lost family card", "documents"),
# kk-perubahan-biodata
R("pendidikan di kk masih SLTP padahal sy udh lulus paket C, ganti gmn?", ["kk-perubahan-biodata"], "update education in family card", "documents"),
R("golongan darah di kk masih kosong, mau diisi pake bukti apa?", ["kk-perubahan-biodata"], "add blood type to family card", "documents"),
# kk-pisah
R("sy udh 25 th, mau bikin kk sendiri tp masih tinggal serumah sama ortu. boleh?", ["kk-pisah"], "split family card same address", "eligibility"),
R("abis cerai mau pisah kk dr mantan suami, bawa apa aja?", ["kk-pisah"], "split family card after divorce", "documents"),
# kk-tambah-anggota
R("keponakan mau sekolah di sini, mau numpang kk sy. dia dr kabupaten lain, caranya?", ["kk-tambah-anggota"], "add relative to family card", "steps"),
R("anak kedua lahir kemarin, masukin ke kk bisa lewat kelurahan aja?", ["kk-tambah-anggota"], "add newborn to family card", "place"),
]

# Hand-written evaluation questions (blind: only /work/fixdigest/digest.md was read).
# Each row: (q, ids, group, need, aspect, prev)
import json, random

IN = "in_scope"; NM = "near_miss"; OT = "off_topic"; FU = "follow_up"; EN = "english"; CO = "complaint"

rows = [
# ---------------- in_scope (120) ----------------
# akta-kelahiran-hilang
("akte lahir sy ilang pas pindahan rumah, bs dicetak ulang ga ya? bayar ga", ["akta-kelahiran-hilang"], IN, "reprint lost birth certificate fee", "cost", ""),
("akta kelahiran anak kena banjir sampe lecek ga kebaca, ngurus gantinya kemana?", ["akta-kelahiran-hilang"], IN, "replace damaged birth certificate", "place", ""),
# akta-kelahiran-terlambat
("umur sy udh 40an blm pernah punya akte lahir, masih bisa bikin ga? surat dr bidan jaman dulu udh gada", ["akta-kelahiran-terlambat"], IN, "late birth certificate for adult", "documents", ""),
("anak sy lahir bulan maret, skrg baru mau ngurus akte. kena denda ga min?", ["akta-kelahiran-terlambat"], IN, "fine for late birth registration", "penalty", ""),
# akta-kelahiran
("kak syarat akte lahir bayi apa aja ya, istri baru lahiran kemarin di puskesmas", ["akta-kelahiran"], IN, "birth certificate requirements newborn", "documents", ""),
("kami nikah siri blm ada buku nikah, anak tetep bisa dibikinin akta lahir?", ["akta-kelahiran"], IN, "birth certificate without marriage book", "eligibility", ""),
# akta-kematian
("bapak meninggal minggu lalu di rumah, ga ada surat dr rs. akta kematiannya gmn ngurusnya?", ["akta-kematian"], IN, "death certificate without hospital letter", "documents", ""),
("kematian keluarga wajib dilaporin ke dukcapil paling lambat kapan?", ["akta-kematian"], IN, "deadline to report a death", "duration", ""),
("mbah kakung seda neng rumah sakit wingi, ngurus akta kematian neng endi lan syarate apa wae?", ["akta-kematian"], IN, "death certificate place and documents", "place", ""),
# akta-perceraian
("sy kristen, udh putus cerai di PN bulan lalu. akta cerainya ngurus dmn?", ["akta-perceraian"], IN, "divorce certificate non-muslim", "place", ""),
("udh cerai di pengadilan agama tp status di ktp masih kawin, gmn ngubahnya", ["akta-perceraian", "ktp-el-perubahan-data"], IN, "update marital status after muslim divorce", "steps", ""),
# akta-perkawinan-nonmuslim
("pencatatan nikah buddha di capil bayar brp? lama ga?", ["akta-perkawinan-nonmuslim"], IN, "non-muslim marriage registration fee", "cost", ""),
("abis diberkati di gereja sabtu kemarin, buat dapet akta perkawinan dr negara bawa berkas apa aja?", ["akta-perkawinan-nonmuslim"], IN, "marriage certificate documents christian", "documents", ""),
# balik-nama-kendaraan
("beli motor second dr temen kantor, mau dibalik nama ke nama sy. berkasnya apa aja?", ["balik-nama-kendaraan"], IN, "used motorbike ownership transfer documents", "documents", ""),
("balik nama mobil bekas taun ini masih kena bbn 2 ga sih?", ["balik-nama-kendaraan"], IN, "BBNKB for used car transfer", "cost", ""),
("bpkb hasil balik nama biasanya jadi brp lama?", ["balik-nama-kendaraan"], IN, "BPKB transfer processing time", "duration", ""),
# balik-nama-sertifikat-tanah
("beli tanah kavling di bekasi, pajak2nya yg nanggung penjual ato pembeli?", ["balik-nama-sertifikat-tanah"], IN, "taxes in land sale", "cost", ""),
("urutan proses dari ajb sampe sertifikat ganti nama sy tuh gimana?", ["balik-nama-sertifikat-tanah"], IN, "land certificate transfer steps", "steps", ""),
# bpjs-kesehatan-mandiri
("iuran bpjs kelas 2 sebulan brp skrg?", ["bpjs-kesehatan-mandiri"], IN, "BPJS class 2 premium", "cost", ""),
("mau daftar bpjs sendiri, apa semua yg ada di kk wajib ikut didaftarin?", ["bpjs-kesehatan-mandiri"], IN, "whole family must register BPJS", "eligibility", ""),
("daftar bpjs mandiri bisa dr hp aja ga? pake aplikasi apa", ["bpjs-kesehatan-mandiri"], IN, "register BPJS online", "online", ""),
# bpjs-kesehatan-pbi
("gmn caranya dapet bpjs yg iurannya dibayarin pemerintah? sy cuma buruh tani", ["bpjs-kesehatan-pbi"], IN, "get government-paid BPJS", "steps", ""),
("bpjs pbi ibu tiba2 nonaktif pas mau kontrol ke rs, padahal kami msh susah. ngurusnya kemana?", ["bpjs-kesehatan-pbi", "bpjs-kesehatan-reaktivasi"], IN, "reactivate deactivated PBI", "place", ""),
# bpjs-kesehatan-pindah-faskes
("pengen ganti puskesmas bpjs ke klinik deket kantor, caranya lwt apa ya", ["bpjs-kesehatan-pindah-faskes"], IN, "change primary clinic", "online", ""),
("udh ganti faskes di jkn tadi, mulai kapan bisa berobat di faskes baru?", ["bpjs-kesehatan-pindah-faskes"], IN, "when clinic change takes effect", "duration", ""),
# bpjs-kesehatan-reaktivasi
("bpjs sy mati krn nunggak 8 bulan, biar aktif lg hrs lunasin semua?", ["bpjs-kesehatan-reaktivasi"], IN, "pay arrears to reactivate BPJS", "cost", ""),
("tunggakan bpjs kesehatan bisa dicicil ga?", ["bpjs-kesehatan-reaktivasi"], IN, "installment for BPJS arrears", "cost", ""),
("abis resign dr pabrik, bpjs kesehatan sy jd nonaktif. gmn biar bisa dipake lg", ["bpjs-kesehatan-reaktivasi"], IN, "reactivate BPJS after leaving job", "steps", ""),
# bpjs-ketenagakerjaan-jht
("resign akhir oktober, jht kapan bisa dicairin?", ["bpjs-ketenagakerjaan-jht"], IN, "JHT waiting period after resign", "duration", ""),
("saldo jht sy sekitar 25jt, bisa klaim lewat jmo ga?", ["bpjs-ketenagakerjaan-jht"], IN, "JHT claim via JMO limit", "online", ""),
("klaim jht wajib pake paklaring ya? hrd lama susah dihubungin", ["bpjs-ketenagakerjaan-jht"], IN, "JHT claim documents", "documents", ""),
# cek-bansos
("cara ngecek nama ibu sy dapet pkh ato ngga gmn", ["cek-bansos"], IN, "check PKH recipient status", "steps", ""),
("cek bansos butuh data apa aja? nik doang cukup?", ["cek-bansos"], IN, "data needed to check bansos", "documents", ""),
("bantuan sembako bpnt itu cairnya lewat mana sih, bank ato kantor pos?", ["cek-bansos"], IN, "where BPNT is disbursed", "place", ""),
# ikd
("ktp digital bisa diaktifin sendiri di rumah ga?", ["ikd"], IN, "self activation of IKD", "online", ""),
("aktivasi ikd harus di dukcapil sesuai alamat ktp ato dmn aja bisa?", ["ikd"], IN, "where to activate IKD", "place", ""),
# kartu-kuning-ak1
("bikin kartu kuning buat daftar cpns bawa apa aja ke disnaker?", ["kartu-kuning-ak1"], IN, "yellow card documents", "documents", ""),
("kartu ak1 itu berlakunya brp lama ya", ["kartu-kuning-ak1"], IN, "yellow card validity", "validity", ""),
# kia
("anak sy umur 3 th mau dibikinin kia, perlu pas foto ga?", ["kia"], IN, "KIA photo requirement", "documents", ""),
("kia itu kepake sampe anak umur brp?", ["kia"], IN, "KIA validity", "validity", ""),
# kk-baru
("punten, bade naros. damel kk enggal saatos nikah teh kedah nyandak naon wae?", ["kk-baru"], IN, "new family card after marriage documents", "documents", ""),
("bikin kk baru abis nikah bayar ga? brp hari jadinya", ["kk-baru"], IN, "new family card fee", "cost", ""),
# kk-hilang-rusak
("kk kebasahan kena banjir tulisannya luntur, gantinya perlu surat polisi juga?", ["kk-hilang-rusak"], IN, "replace flood-damaged KK", "documents", ""),
("kk ilang, nanti nomor kk nya berubah ga?", ["kk-hilang-rusak"], IN, "KK number after replacement", "other", ""),
# kk-pisah
("sy blm nikah umur 25, mau punya kk sendiri tp msh serumah sm ortu. boleh ga?", ["kk-pisah"], IN, "split KK while single same address", "eligibility", ""),
("pecah kk abis cerai syaratnya apa aja", ["kk-pisah"], IN, "split KK after divorce documents", "documents", ""),
# kk-tambah-anggota
("keponakan mau numpang kk sy buat sekolah disini, dia umur 15. perlu surat apa aja?", ["kk-tambah-anggota"], IN, "add minor relative to KK", "documents", ""),
("masukin nama bayi ke kk bisa sekalian pas ngurus akte ga?", ["kk-tambah-anggota", "akta-kelahiran"], IN, "add newborn to KK with birth certificate", "steps", ""),
# ktp-el-baru
("anak sy bulan depan 17 th, rekam ktp harus bawa pengantar rt ga?", ["ktp-el-baru"], IN, "first KTP documents", "documents", ""),
("bikin ektp pertama kali bisa diwakilin ortu ga? anaknya lagi mondok", ["ktp-el-baru"], IN, "must applicant come in person", "eligibility", ""),
("umur udh 22 tp blm rekam ktp, ada sanksinya ga?", ["ktp-el-baru"], IN, "sanction for not recording KTP", "penalty", ""),
# ktp-el-hilang
("ktp ilang kecopetan di pasar, bikin lg wajib pake surat polisi?", ["ktp-el-hilang"], IN, "lost KTP police letter", "documents", ""),
("ngurus ktp ilang bisa jadi sehari ga min?", ["ktp-el-hilang"], IN, "lost KTP processing time", "duration", ""),
("dompet sy ilang di angkot, isinya ktp sama sim c. yg diurus duluan apa?", ["ktp-el-hilang", "sim-hilang-rusak", "surat-kehilangan-polisi"], IN, "lost wallet with KTP and SIM", "steps", ""),
# ktp-el-perubahan-data
("pekerjaan di ktp masih pelajar padahal udh kerja di bank, gmn gantinya?", ["ktp-el-perubahan-data"], IN, "change occupation on KTP", "documents", ""),
("ganti status ktp jd kawin biasanya brp lama?", ["ktp-el-perubahan-data"], IN, "KTP marital status update time", "duration", ""),
# ktp-el-rusak
("ktp ku pecah kelindes motor, kudu lapor polisi disik opo ora?", ["ktp-el-rusak"], IN, "broken KTP police letter needed", "documents", ""),
("chip ektp ga kebaca pas buka rekening di bank, gantinya dimana", ["ktp-el-rusak"], IN, "replace KTP with unreadable chip", "place", ""),
# legalisir-dokumen
("kk yg ada barcodenya perlu dilegalisir ga buat daftar kuliah?", ["legalisir-dokumen"], IN, "legalization of QR family card", "other", ""),
("akta nikah capil taun 2005 msh ttd basah, legalisirnya dimana?", ["legalisir-dokumen"], IN, "legalize old wet-signed document", "place", ""),
# nib-oss
("jualan kue dr rumah mau bikin nib, bayar ga?", ["nib-oss"], IN, "NIB fee", "cost", ""),
("cara daftar nib di oss buat usaha laundry kiloan gmn", ["nib-oss"], IN, "register NIB online", "steps", ""),
# nikah-kua
("biaya nikah kua kalo akadnya di rumah mempelai wanita brp?", ["nikah-kua"], IN, "KUA fee outside office", "cost", ""),
("daftar nikah ke kua paling telat brp hari sebelum akad?", ["nikah-kua"], IN, "KUA registration lead time", "duration", ""),
("calon istri umur 18, nikah di kua perlu dispensasi pengadilan ga?", ["nikah-kua"], IN, "marriage age dispensation", "eligibility", ""),
# npwp-pribadi
("daftar npwp skrg lewat coretax ya? langkahnya gmn", ["npwp-pribadi"], IN, "register NPWP via Coretax", "online", ""),
("katanya nik udh jd npwp, berarti sy ga usah daftar apa2 lg?", ["npwp-pribadi"], IN, "is NIK automatically NPWP", "eligibility", ""),
("kartu npwp fisik masih wajib punya ga sih?", ["npwp-pribadi"], IN, "physical NPWP card needed", "other", ""),
# paspor-baru
("bikin paspor buat umroh bulan depan, syarat apa aja?", ["paspor-baru"], IN, "new passport documents", "documents", ""),
("harga paspor elektronik brp skrg?", ["paspor-baru"], IN, "e-passport fee", "cost", ""),
("paspor jadinya brp hari abis wawancara?", ["paspor-baru"], IN, "passport processing time", "duration", ""),
# paspor-hilang-rusak
("paspor anak ikut kecuci di mesin cuci, dendanya brp?", ["paspor-hilang-rusak"], IN, "damaged passport fee", "penalty", ""),
("paspor sy ilang pas kerja di malaysia, gmn biar bisa pulang?", ["paspor-hilang-rusak"], IN, "passport lost abroad", "place", ""),
# pbg-bangunan
("mau bangun rumah 2 lantai di tanah sendiri, izinnya apa skrg? imb masih ada?", ["pbg-bangunan"], IN, "building permit overview", "overview", ""),
("retribusi pbg itu ngitungnya dr apa aja?", ["pbg-bangunan"], IN, "PBG retribution basis", "cost", ""),
# pengaduan-lapor
("kalo ngadu lewat lapor.go.id bisa tanpa nama ga?", ["pengaduan-lapor"], IN, "anonymous complaint", "other", ""),
("cara bikin aduan di aplikasi lapor gmn ya", ["pengaduan-lapor"], IN, "how to file LAPOR complaint", "steps", ""),
# pindah-datang
("udh pegang skpwni dr solo, di jakarta lapornya kemana?", ["pindah-datang"], IN, "report arrival after moving", "place", ""),
("ngekos di bandung mau pindah ktp kesini, perlu surat dr ibu kos?", ["pindah-datang"], IN, "move KTP to boarding house address", "documents", ""),
# pindah-keluar
("mau pindah ke surabaya ikut suami, surat pindahnya ngurus dimana?", ["pindah-keluar"], IN, "where to get moving letter", "place", ""),
("urus skpwni msh pake surat rt rw ga?", ["pindah-keluar"], IN, "moving letter RT/RW requirement", "documents", ""),
("sy udh terlanjur tinggal di kota baru, surat pindahnya bisa diurus dr sini aja ga?", ["pindah-keluar"], IN, "moving letter from destination", "place", ""),
# pip-kip
("dana pip smp setahun dapet brp?", ["pip-kip"], IN, "PIP amount junior high", "cost", ""),
("anak blm pernah dapet pip padahal kami penerima pkh, daftarnya lewat siapa?", ["pip-kip"], IN, "apply for PIP", "steps", ""),
# sertifikat-tanah-ptsl
("ptsl di desa sy dimintain 500rb per bidang, sebenernya wajarnya brp sih?", ["sertifikat-tanah-ptsl"], IN, "PTSL allowed cost", "cost", ""),
("tanah warisan kakek msh letter c, bisa ikut ptsl? bawa apa aja", ["sertifikat-tanah-ptsl"], IN, "PTSL documents for girik land", "documents", ""),
# sim-baru
("anak sy 16 th mau bikin sim motor, udh bisa blm?", ["sim-baru"], IN, "minimum age for SIM C", "eligibility", ""),
("bikin sim a baru total biayanya brp?", ["sim-baru"], IN, "new SIM A fee", "cost", ""),
("bikin sim baru harus ada bpjs aktif ya?", ["sim-baru"], IN, "BPJS requirement for SIM", "documents", ""),
# sim-hilang-rusak
("sim a sy patah, gantinya hrs ujian ulang ga?", ["sim-hilang-rusak"], IN, "replace broken SIM without test", "steps", ""),
("sim ilang tp masa berlakunya udh abis bulan lalu, gmn dong", ["sim-hilang-rusak", "sim-baru"], IN, "lost expired SIM", "eligibility", ""),
# sim-perpanjangan
("perpanjang sim c online lewat apa?", ["sim-perpanjangan"], IN, "renew SIM online", "online", ""),
("sim mati 3 hari yg lalu, masih bisa diperpanjang ga?", ["sim-perpanjangan"], IN, "renew just-expired SIM", "eligibility", ""),
("Selamat pagi, berapa biaya perpanjangan SIM A saat ini?", ["sim-perpanjangan"], IN, "SIM A renewal fee", "cost", ""),
# skck-baru
("bikin skck buat lamar kerja di pabrik, ke polsek ato polres?", ["skck-baru"], IN, "where to get SKCK", "place", ""),
("pas foto skck latar warna apa?", ["skck-baru"], IN, "SKCK photo background", "documents", ""),
("skck berlakunya brp lama?", ["skck-baru"], IN, "SKCK validity", "validity", ""),
# skck-perpanjangan
("skck sy abis bulan februari kemarin, masih bisa perpanjang ato hrs bikin baru?", ["skck-perpanjangan"], IN, "extend expired SKCK", "eligibility", ""),
("Selamat siang. Untuk perpanjangan SKCK apakah saya harus mengambil sidik jari lagi?", ["skck-perpanjangan"], IN, "fingerprint for SKCK renewal", "steps", ""),
# sktm
("sktm buat keringanan biaya rs ngurusnya dmn ya?", ["sktm"], IN, "where to get SKTM", "place", ""),
("anak mau daftar kuliah jalur afirmasi, disuruh bawa sktm. ke kelurahan bawa apa aja?", ["sktm"], IN, "SKTM documents", "documents", ""),
# spt-tahunan
("lapor spt tahunan paling telat tgl brp?", ["spt-tahunan"], IN, "SPT deadline", "duration", ""),
("telat lapor spt pribadi kena denda brp?", ["spt-tahunan"], IN, "late SPT fine", "penalty", ""),
("sy karyawan swasta, lapor spt butuh bukti potong yg mana?", ["spt-tahunan"], IN, "withholding slip for SPT", "documents", ""),
# stnk-lima-tahunan
("plat motor udh 5 taun, ganti plat bisa online ga?", ["stnk-lima-tahunan"], IN, "5-year STNK online", "online", ""),
("ganti plat mobil pnbp tnkb nya brp?", ["stnk-lima-tahunan"], IN, "plate replacement fee", "cost", ""),
# stnk-pajak-tahunan
("kumaha carana mayar pajeg motor taunan tina hp?", ["stnk-pajak-tahunan"], IN, "pay annual vehicle tax online", "online", ""),
("motor atas nama kakak, sy yg mau bayar pajaknya ke samsat. perlu bawa apa?", ["stnk-pajak-tahunan"], IN, "annual tax by proxy documents", "documents", ""),
("swdkllj motor bebek brp ya?", ["stnk-pajak-tahunan"], IN, "SWDKLLJ amount", "cost", ""),
# surat-ahli-waris
("mau cairin tabungan almarhumah ibu, bank minta surat waris. bikinnya dmn?", ["surat-ahli-waris"], IN, "where to make heir letter", "place", ""),
("surat ahli waris di kelurahan bayar ga?", ["surat-ahli-waris"], IN, "heir letter fee", "cost", ""),
# surat-domisili
("ktp sy dr medan, kerja di batam butuh surat domisili. syaratnya apa?", ["surat-domisili"], IN, "domicile letter documents", "documents", ""),
("surat domisili berlaku sampe kapan?", ["surat-domisili"], IN, "domicile letter validity", "validity", ""),
# surat-kehilangan-polisi
("bikin surat kehilangan di polsek bayar ga?", ["surat-kehilangan-polisi"], IN, "police loss report fee", "cost", ""),
("surat kehilangan dr polisi ada masa berlakunya ga? punya sy udh 3 minggu", ["surat-kehilangan-polisi"], IN, "loss report validity", "validity", ""),
("atm sm buku tabungan ilang, surat kehilangan bisa dibikin online ga?", ["surat-kehilangan-polisi"], IN, "online police loss report", "online", ""),
# tilang-elektronik-etle
("dapet surat etle ke rumah, motornya udah sy jual ke orang. trs gmn?", ["tilang-elektronik-etle"], IN, "ETLE letter for sold vehicle", "steps", ""),
("kalo tilang etle ga dibayar akibatnya apa?", ["tilang-elektronik-etle"], IN, "consequence of unpaid ETLE", "penalty", ""),
# usulan-bansos-dtsen
("keluarga sy blm pernah dapet bantuan apa2, cara masuk dtsen gmn?", ["usulan-bansos-dtsen"], IN, "apply to DTSEN", "steps", ""),
("daftar bansos bisa lwt hp ga?", ["usulan-bansos-dtsen"], IN, "apply for bansos online", "online", ""),
]

rows += [
# ---------------- near_miss (40) ----------------
("cara bikin sim internasional gmn? mau nyetir di australia", [], NM, "international driving permit", "steps", ""),
("suami sy WNA udh tinggal 5 th disini, bisa bikin ktp indonesia ga?", [], NM, "KTP for foreign resident", "eligibility", ""),
("sy freelance desain, mau daftar bpjs ketenagakerjaan sendiri gmn?", [], NM, "BPJS TK registration for informal worker", "steps", ""),
("klaim jkk kecelakaan kerja bpjstk gmn caranya? tangan sy kena mesin", [], NM, "work accident claim", "steps", ""),
("jaminan pensiun bpjs ketenagakerjaan bisa dicairin sekaligus ga?", [], NM, "JP pension benefit", "eligibility", ""),
("npwp buat cv yg baru berdiri bikinnya gmn?", [], NM, "company NPWP registration", "steps", ""),
("lapor spt masa ppn buat pkp caranya gmn?", [], NM, "monthly VAT return", "steps", ""),
("daftar kip kuliah syaratnya apa aja?", [], NM, "KIP Kuliah for university", "documents", ""),
("kartu prakerja gelombang baru kapan dibuka?", [], NM, "Kartu Prakerja", "other", ""),
("legalisir ijazah sma dimana ya? sekolahnya udh tutup", [], NM, "legalize school diploma", "place", ""),
("buku nikah sy ilang waktu pindahan, bikin duplikatnya di kua gmn?", [], NM, "replace lost marriage book", "steps", ""),
("cara isbat nikah di pengadilan agama, nikah siri udh 10 th", [], NM, "marriage legalization at court", "steps", ""),
("mau rujuk sm mantan istri, ngurus di kua apa aja?", [], NM, "reconciliation after divorce", "documents", ""),
("abis adopsi anak dr panti, pencatatan pengangkatan anaknya di capil gmn?", [], NM, "adoption registration", "steps", ""),
("sertifikat rumah ilang kebakar, gantinya di bpn gmn?", [], NM, "replace lost land certificate", "steps", ""),
("cara pecah sertifikat tanah warisan jadi 3 bagian", [], NM, "split land certificate", "steps", ""),
("kpr udh lunas, roya sertifikatnya gmn?", [], NM, "mortgage release roya", "steps", ""),
("bayar pbb rumah bisa online lwt apa?", [], NM, "pay land and building tax", "online", ""),
("stnk motor ilang, bikin lg di samsat gmn?", [], NM, "replace lost STNK", "steps", ""),
("bpkb mobil ilang, ngurusnya gmn dan brp lama?", [], NM, "replace lost BPKB", "steps", ""),
("uji kir mobil pickup syaratnya apa? stnk sm bpkb dibawa?", [], NM, "commercial vehicle inspection", "documents", ""),
("motor udh dijual tp msh atas nama sy, cara lapor jual biar ga kena pajak progresif gmn?", [], NM, "report vehicle sale block", "steps", ""),
("kena tilang manual kemarin, sim ditahan polisi. ngambilnya dimana?", [], NM, "manual traffic ticket", "place", ""),
("izin keramaian buat hajatan dangdut ke polsek syaratnya apa?", [], NM, "crowd event permit", "documents", ""),
("temen sy orang korea tinggal di jakarta, bisa bikin skck ga?", [], NM, "SKCK for foreigner", "eligibility", ""),
("surat keterangan usaha dr kelurahan buat pengajuan kur gmn bikinnya?", [], NM, "business certificate from village", "steps", ""),
("sertifikat halal gratis buat umkm daftarnya dimana?", [], NM, "halal certification", "place", ""),
("udh punya nib, trs daftar merek dagang buat produk sambel biayanya brp?", [], NM, "trademark registration", "cost", ""),
("anak lahir di jepang, akte lahirnya ngurus gmn?", [], NM, "birth registration abroad", "steps", ""),
("mau ganti nama anak lewat pengadilan negeri, prosesnya gmn?", [], NM, "court name change procedure", "steps", ""),
("visa umroh bisa ngurus sendiri ga atau wajib lewat travel?", [], NM, "umrah visa", "other", ""),
("ktp sy ilang pas kerja di hongkong, bisa bikin lg di kjri?", [], NM, "replace KTP while abroad", "place", ""),
("klaim reimburse bpjs kesehatan buat biaya rs swasta gmn?", [], NM, "BPJS reimbursement claim", "steps", ""),
("sim d buat penyandang disabilitas syaratnya apa?", [], NM, "SIM D for disabled", "documents", ""),
("surat keterangan sehat buat ngelamar kerja bisa di puskesmas? brp?", [], NM, "health certificate for job", "cost", ""),
("kartu jakarta pintar kjp plus daftarnya gmn? anak sy sd di jaktim", [], NM, "regional KJP education aid", "steps", ""),
("abis kena phk mau klaim jkp, caranya gmn?", [], NM, "job loss benefit JKP", "steps", ""),
("apostille akta kelahiran buat kuliah di jerman dimana?", [], NM, "apostille for abroad", "place", ""),
("lupa password coretax, reset nya gmn?", [], NM, "Coretax password reset", "online", ""),
("nikah beda agama bisa dicatat di capil ga?", [], NM, "interfaith marriage registration", "eligibility", ""),

# ---------------- off_topic (25) ----------------
("wkwkwk", [], OT, "laughter", "other", ""),
("p", [], OT, "ping", "other", ""),
("bot goblok ga guna", [], OT, "insult", "other", ""),
("besok jakarta hujan ga ya", [], OT, "weather", "other", ""),
("presiden indonesia skrg siapa sih", [], OT, "general knowledge politics", "other", ""),
("cara ngajuin kpr di bank bri gmn", [], OT, "bank mortgage", "other", ""),
("kartu sim telkomsel sy keblokir, gmn bukanya", [], OT, "phone SIM card", "other", ""),
("paket shopee blm nyampe2, resinya ga gerak dr kemarin", [], OT, "online shop delivery", "other", ""),
("resep rendang padang yg enak dong", [], OT, "recipe", "other", ""),
("makasih ya min 🙏", [], OT, "thanks", "other", ""),
("ceritain jokes dong biar ga bosen", [], OT, "joke request", "other", ""),
("menurutmu pilkada kemarin curang ga?", [], OT, "politics opinion", "other", ""),
("ibu kota provinsi gorontalo apa?", [], OT, "general knowledge", "other", ""),
("rekomendasi hp 2 jutaan yg kameranya bagus", [], OT, "phone recommendation", "other", ""),
("kamu manusia apa robot sih", [], OT, "chit-chat about bot", "other", ""),
("kurs dolar hari ini brp", [], OT, "exchange rate", "other", ""),
("sugeng enjang lur, nembe tangi iki", [], OT, "greeting", "other", ""),
("cara naik rank mobile legends cepet", [], OT, "game", "other", ""),
("akun gojek sy ga bisa login", [], OT, "private app support", "other", ""),
("asdfghjkl", [], OT, "gibberish", "other", ""),
("bagusan iphone ato samsung?", [], OT, "phone comparison", "other", ""),
("skor bola tadi malem brp?", [], OT, "sports score", "other", ""),
("lagi galau diputusin pacar nih", [], OT, "personal chit-chat", "other", ""),
("harga emas antam hari ini brp gram", [], OT, "gold price", "other", ""),
("tiket kereta jogja jakarta buat lebaran masih ada ga", [], OT, "train tickets", "other", ""),

# ---------------- follow_up (25) ----------------
("bisa online ga?", ["sim-perpanjangan"], FU, "renew SIM online", "online", "sim c sy bulan depan abis, mau perpanjang syaratnya apa"),
("biayanya brp?", ["paspor-baru"], FU, "passport fee", "cost", "syarat bikin paspor baru apa aja min"),
("lama ga jadinya", ["ktp-el-hilang"], FU, "lost KTP processing time", "duration", "ktp sy ilang di terminal, ngurusnya gmn"),
("kelas 3 brp sebulan?", ["bpjs-kesehatan-mandiri"], FU, "BPJS class 3 premium", "cost", "cara daftar bpjs mandiri sekeluarga gmn"),
("kalo telat lewat 2 bulan kena denda ga?", ["akta-kelahiran-terlambat"], FU, "late birth registration fine", "penalty", "baru lahiran minggu lalu, akte bayi syaratnya apa"),
("trs berlakunya sampe kapan?", ["skck-baru"], FU, "SKCK validity", "validity", "gmn cara bikin skck buat daftar kerja"),
("kalo nanti udh expired gmn?", ["skck-perpanjangan"], FU, "renew expired SKCK", "steps", "bikin skck di polres bawa apa aja"),
("saldo sy 6jt, bisa dr hp?", ["bpjs-ketenagakerjaan-jht"], FU, "JHT claim online", "online", "cara klaim jht abis resign gmn"),
("kalo yg 5 tahunan?", ["stnk-lima-tahunan", "stnk-pajak-tahunan"], FU, "5-year STNK online", "online", "bayar pajak motor tahunan bisa online?"),
("kalo akadnya di rumah bayar?", ["nikah-kua"], FU, "KUA fee outside office", "cost", "syarat nikah di kua apa aja"),
("brp hari jadi?", ["kk-pisah"], FU, "split KK duration", "duration", "pecah kk dr ortu tp masih serumah bisa ga"),
("perlu ke kantor ga ato online aja?", ["nib-oss"], FU, "NIB online", "online", "cara bikin nib buat warung kelontong"),
("bayar ga?", ["bpjs-kesehatan-pindah-faskes"], FU, "clinic change fee", "cost", "gmn ganti faskes bpjs, udh pindah rumah"),
("kalo ga kedaftar, daftarnya gmn?", ["usulan-bansos-dtsen"], FU, "apply to DTSEN", "steps", "cara cek keluarga sy dapet pkh ato ngga"),
("bpkb nya sekalian ga?", ["balik-nama-kendaraan"], FU, "BPKB transfer", "steps", "cara balik nama motor bekas gmn"),
("ada biayanya ga?", ["ikd"], FU, "IKD fee", "cost", "aktivasi ktp digital gmn caranya"),
("trs pensiun almarhum nanti diurus dimana ya?", [], FU, "civil servant pension survivor", "place", "syarat akta kematian apa aja, bapak pensiunan guru"),
("kalo sim internasional?", [], FU, "international driving permit", "steps", "bikin sim a baru syaratnya apa"),
("trs lapor spt nya kapan?", ["spt-tahunan"], FU, "SPT deadline", "duration", "cara daftar npwp online gmn"),
("klo badan usaha?", ["spt-tahunan"], FU, "corporate late SPT fine", "penalty", "telat lapor spt orang pribadi dendanya brp"),
("dendanya brp?", ["paspor-hilang-rusak"], FU, "lost passport fee", "penalty", "paspor sy ilang pas mudik"),
("bs di mpp ga?", ["ktp-el-rusak"], FU, "place to replace damaged KTP", "place", "ktp sy patah jd 2, gantinya gmn"),
("bayi 2 bulan perlu pas foto ga?", ["kia"], FU, "KIA photo for baby", "documents", "cara bikin kia buat anak"),
("sampe sana ngurus apa lg?", ["pindah-datang"], FU, "report arrival at destination", "steps", "mau bikin surat pindah ke kota lain"),
("batasnya brp hari?", ["tilang-elektronik-etle"], FU, "ETLE confirmation deadline", "duration", "dapet surat konfirmasi etle, hrs ngapain"),

# ---------------- english (15) ----------------
("How do I renew my driving license online?", ["sim-perpanjangan"], EN, "renew SIM online", "online", ""),
("I lost my ID card (KTP). What do I need to get a new one?", ["ktp-el-hilang"], EN, "lost KTP documents", "documents", ""),
("how much is an e-passport in indonesia", ["paspor-baru"], EN, "e-passport fee", "cost", ""),
("My BPJS got deactivated because I skipped payments for months, how do I reactivate it?", ["bpjs-kesehatan-reaktivasi"], EN, "reactivate BPJS", "steps", ""),
("what's the deadline for filing the annual personal tax return?", ["spt-tahunan"], EN, "SPT deadline", "duration", ""),
("Where do I get a police clearance (SKCK) for a job application overseas?", ["skck-baru"], EN, "SKCK for abroad place", "place", ""),
("we're catholic, can our marriage be registered at dukcapil?", ["akta-perkawinan-nonmuslim"], EN, "catholic marriage registration", "eligibility", ""),
("How long is a child identity card (KIA) valid?", ["kia"], EN, "KIA validity", "validity", ""),
("Do I still need an IMB to build a house?", ["pbg-bangunan"], EN, "building permit overview", "overview", ""),
("how do i pay the yearly tax on my motorbike", ["stnk-pajak-tahunan"], EN, "annual vehicle tax steps", "steps", ""),
("I resigned last month. When can I withdraw my JHT?", ["bpjs-ketenagakerjaan-jht"], EN, "JHT withdrawal timing", "duration", ""),
("Where can I file a complaint about a government office?", ["pengaduan-lapor"], EN, "public service complaint channel", "place", ""),
("How can a foreigner apply for a KITAS work permit?", [], EN, "foreign work permit", "steps", ""),
("Do Indonesian passport holders need a visa for Japan?", [], EN, "visa for Japan", "eligibility", ""),
("how to extend a visa on arrival in bali", [], EN, "visa extension", "steps", ""),

# ---------------- complaint (15) ----------------
("petugas dukcapil jutek bgt, ditanya baik2 malah dibentak. mau lapor kemana ya", ["pengaduan-lapor"], CO, "report rude civil registry officer", "other", ""),
("rekam ktp anak dimintain 100rb sm oknum di kecamatan katanya biar cepet. ini pungli kan? lapornya gmn", ["pengaduan-lapor"], CO, "report extortion at KTP recording", "other", ""),
("udh 3 bulan ktp blm jadi2, alesannya blangko abis terus. sy mau komplain resmi", ["pengaduan-lapor"], CO, "complain slow KTP printing", "other", ""),
("ptsl di desa kami ditarik 1,5jt per bidang sama panitia, mau ngadu kemana?", ["pengaduan-lapor"], CO, "report PTSL overcharging", "other", ""),
("tetangga punya mobil 2 tp dapet pkh terus, yg susah malah ga dapet. sy mau laporin", ["pengaduan-lapor", "usulan-bansos-dtsen"], CO, "report ineligible bansos recipient", "other", ""),
("udh lapor di lapor.go.id sebulan lalu ga ditanggepin sama sekali, trs hrs gmn", ["pengaduan-lapor"], CO, "escalate unanswered complaint", "other", ""),
("bikin sim di satpas ditawarin lewat calo 800rb biar pasti lulus. sy mau lapor ini", ["pengaduan-lapor"], CO, "report broker at SIM office", "other", ""),
("petugas samsat minta uang tambahan pas cek fisik, ga dikasih kwitansi. ngadunya kemana?", ["pengaduan-lapor"], CO, "report illegal fee at Samsat", "other", ""),
("telp care center bpjs dr pagi ga pernah diangkat, kecewa bgt. mau komplain kemana lg?", ["pengaduan-lapor"], CO, "complain unresponsive BPJS call center", "other", ""),
("Saya ingin menyampaikan keluhan. Pelayanan di kantor kelurahan sangat lambat dan berkas saya sudah dua kali hilang. Ke mana saya bisa mengadu secara resmi?", ["pengaduan-lapor"], CO, "formal complaint slow village office", "other", ""),
("penghulu minta amplop 1jt padahal akadnya di kua hari senin. gmn ngelaporinnya?", ["pengaduan-lapor"], CO, "report KUA officer asking money", "other", ""),
("aku ngantri neng imigrasi wiwit subuh, petugase malah dolanan hp. iso lapor nengendi?", ["pengaduan-lapor"], CO, "report idle immigration staff", "other", ""),
("pegawai desa suka minta 'uang rokok' buat surat domisili. mau lapor tp takut ketauan, bisa dirahasiain ga?", ["pengaduan-lapor"], CO, "confidential report of village levy", "other", ""),
("kades ga mau tanda tangan sktm sy gara2 beda pilihan pas pilkades. ini lapornya kemana?", ["pengaduan-lapor"], CO, "report village head refusing service", "other", ""),
("dana pip anak sy dipotong sekolah 200rb katanya buat administrasi. mau ngadu kemana?", ["pengaduan-lapor"], CO, "report school cutting PIP funds", "other", ""),
]

out = []
for q, ids, g, need, aspect, prev in rows:
    out.append({"q": q, "ids": ids, "new_ids": [], "group": g, "need": need, "aspect": aspect, "prev": prev})

random.Random(20261203).shuffle(out)
with open("/work/fixblind/questions.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out))

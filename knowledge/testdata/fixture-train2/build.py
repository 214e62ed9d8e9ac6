# Builds questions.jsonl from hand-written rows. Every question below was written by hand;
# this script only assembles, shuffles (fixed seed) and writes them.
import json
import random

ROWS = []


def R(group, q, ids, need, aspect, prev=""):
    ROWS.append({"q": q, "ids": ids, "new_ids": [], "group": group,
                 "need": need, "aspect": aspect, "prev": prev})


def I(q, ids, need, aspect):
    R("in_scope", q, ids, need, aspect)


# ---------------------------------------------------------------- in_scope
# akta-kelahiran-hilang
I("akte kelahiran sy ilang wkt pindahan kos, mau bikin lg bawa apa aja ya min", ["akta-kelahiran-hilang"], "replace lost birth certificate", "documents")
I("Selamat siang. Akta lahir saya dulu terbit di Dukcapil Medan th 1998, sekarang saya domisili di Batam. Aktanya rusak dimakan rayap. Apakah cetak ulangnya wajib ke Medan?", ["akta-kelahiran-hilang"], "reprint damaged birth certificate outside issuing region", "place")
I("akta anak kena tumpahan teh jd sobek2, cetak ulang bayar ga? brp hari", ["akta-kelahiran-hilang"], "reprint torn birth certificate cost", "cost")

# akta-kelahiran-terlambat
I("sy lahir 1983 di desa, dr dulu ga pny akta. skrg msh bisa dibuat ga", ["akta-kelahiran-terlambat"], "birth certificate for adult", "eligibility")
I("anak kedua lahir april, skrg udh november blm diurus aktenya. ada dendanya ga kak", ["akta-kelahiran-terlambat"], "late birth registration fine", "penalty")
I("bapak lahir di kampung th 67, surat lahir dr bidan jelas ga ada. bikin akte telat pake apa gantinya", ["akta-kelahiran-terlambat"], "late birth certificate without birth letter", "documents")

# akta-kelahiran
I("kami nikah siri jd blm ada buku nikah. anak udh lahir bulan lalu, bisa dibikinin akta ga?", ["akta-kelahiran"], "birth certificate without marriage book", "eligibility")
I("lahiran di RSUD kmrn sore, katanya akta bisa lgsg diurus di rs ya? bener ga", ["akta-kelahiran"], "birth certificate at hospital", "place")
I("mas, nek arep gawe akta kelahiran kanggo anakku sing lair minggu wingi, syarate apa wae?", ["akta-kelahiran"], "newborn birth certificate requirements (Javanese)", "documents")

# akta-kematian
I("mertua meninggal minggu lalu di rumah, mau urus akta kematian. perlu bawa apa aja", ["akta-kematian"], "death certificate documents", "documents")
I("sy cucunya almarhum, boleh ga sy yg ngurus akta kematian kakek?", ["akta-kematian"], "who may report a death", "eligibility")

# akta-perceraian
I("putusan cerai dr pengadilan agama udh keluar. akte cerainya dpt dr mana, trus status di ktp gmn", ["akta-perceraian"], "muslim divorce certificate and ID status", "place")
I("sy kristen, perceraian sdh inkracht di PN Surabaya. apa yg hrs dilakukan ke dukcapil", ["akta-perceraian"], "register non-muslim divorce", "steps")
I("pencatatan perceraian di capil bayar brp ya", ["akta-perceraian"], "divorce registration cost", "cost")

# akta-perkawinan-nonmuslim
I("Dengan hormat, saya ingin menanyakan prosedur pencatatan perkawinan bagi pasangan beragama Buddha. Kami sudah melangsungkan upacara di vihara tanggal 12 November. Dokumen apa saja yang perlu kami siapkan? Terima kasih.", ["akta-perkawinan-nonmuslim"], "register buddhist marriage documents", "documents")
I("nikah secara hindu di pura, lapor ke dukcapilnya paling lambat kapan?", ["akta-perkawinan-nonmuslim"], "non-muslim marriage reporting deadline", "duration")
I("pencatatan nikah katolik bisa dilakukan lgsg di gereja ga min, biar ga bolak balik", ["akta-perkawinan-nonmuslim"], "civil marriage registration at church", "place")

# balik-nama-kendaraan
I("beli motor bekas dr temen kantor, balik nama ke nama sy totalnya kira2 abis brp", ["balik-nama-kendaraan"], "used motorbike ownership transfer cost", "cost")
I("beli mobil bekas plat AD, sy tinggal di semarang. balik nama berkasnya apa aja?", ["balik-nama-kendaraan"], "used car transfer documents", "documents")
I("stnk udh ganti nama, bpkb kok lama bgt ya. normalnya brp lama sih", ["balik-nama-kendaraan"], "BPKB name change duration", "duration")

# balik-nama-sertifikat-tanah
I("beli tanah 300jt, pajaknya pembeli sm penjual masing2 brp persen?", ["balik-nama-sertifikat-tanah"], "land sale taxes", "cost")
I("alur balik nama sertifikat abis beli rumah seken gmn urutannya", ["balik-nama-sertifikat-tanah"], "land title transfer steps", "steps")
I("di kecamatan sy ga ada notaris, bikin AJB bisa di pak camat?", ["balik-nama-sertifikat-tanah"], "where to sign sale deed", "place")

# bpjs-kesehatan-mandiri
I("iuran bpjs yg paling murah kelas brp, sebulan brp per kepala", ["bpjs-kesehatan-mandiri"], "BPJS class 3 premium", "cost")
I("sy freelance desain, mau daftar bpjs kesehatan sendiri. bisa lewat hp ga?", ["bpjs-kesehatan-mandiri"], "register BPJS self-paid online", "online")
I("mau daftar bpjs mandiri buat sy aja dulu, istri sm 2 anak nyusul bulan depan. boleh ga?", ["bpjs-kesehatan-mandiri"], "register only one family member", "eligibility")

# bpjs-kesehatan-pbi
I("sy buruh tani penghasilan ga tentu, pengen bpjs yg iurannya ditanggung negara. daftarnya lewat mana", ["bpjs-kesehatan-pbi"], "get government-paid BPJS", "eligibility")
I("kis pbi ibu sy tiba2 ga aktif pas mau kontrol ke puskesmas, padahal kami msh susah. hrs ngapain", ["bpjs-kesehatan-pbi"], "reactivate deactivated PBI", "steps")
I("bpjs pbi itu beneran ga ada iuran sama sekali?", ["bpjs-kesehatan-pbi"], "PBI cost", "cost")

# bpjs-kesehatan-pindah-faskes
I("puskesmas bpjs sy kejauhan, mau pindah ke klinik deket kantor lewat mobile jkn gmn", ["bpjs-kesehatan-pindah-faskes"], "change primary clinic online", "online")
I("td siang udh ganti faskes, besok udh bisa berobat ke klinik yg baru?", ["bpjs-kesehatan-pindah-faskes"], "when clinic change takes effect", "duration")
I("lagi ikut proyek di balikpapan 2 bulan, faskes sy di solo. kalo sakit berobatnya gmn", ["bpjs-kesehatan-pindah-faskes"], "treatment while temporarily out of town", "other")

# bpjs-kesehatan-reaktivasi
I("bpjs nunggak 14 bulan, kalo abis aktif lagi trus opname kena denda ga?", ["bpjs-kesehatan-reaktivasi"], "BPJS inpatient penalty after arrears", "penalty")
I("bpjs sy nonaktif, udh 5 bulan ga bayar. biar bisa dipake lg gmn", ["bpjs-kesehatan-reaktivasi"], "reactivate BPJS after arrears", "steps")
I("tunggakan bpjs sekeluarga 3jt lebih, bisa dicicil ga ya", ["bpjs-kesehatan-reaktivasi"], "pay BPJS arrears in instalments", "cost")

# bpjs-ketenagakerjaan-jht
I("last day kerja 31 agustus, jht nya paling cepet bisa diajuin tgl brp?", ["bpjs-ketenagakerjaan-jht"], "JHT waiting period after resignation", "eligibility")
I("syarat klaim jht apa aja? buku tabungannya hrs atas nama sendiri?", ["bpjs-ketenagakerjaan-jht"], "JHT claim documents", "documents")

# cek-bansos
I("cara cek dapet pkh ato ga lewat hp", ["cek-bansos"], "check PKH status", "online")
I("cek bansos di web kemensos perlu ngisi apa aja", ["cek-bansos"], "data needed to check bansos", "documents")
I("bpnt tahap ini udh cair blm ya, ngeceknya di mana", ["cek-bansos"], "check BPNT disbursement", "place")

# ikd
I("min tolong jelasin langkah2 aktifin ikd", ["ikd"], "activate digital ID", "steps")
I("aktivasi ikd bisa di kantor desa ato hrs ke dukcapil kabupaten?", ["ikd"], "where to activate digital ID", "place")
I("ikd itu apa sih, pengganti ktp fisik gitu? dapetnya gmn", ["ikd"], "what digital ID is", "overview")

# kartu-kuning-ak1
I("mau daftar cpns, kartu kuningnya blm punya. bawa apa ke disnaker", ["kartu-kuning-ak1"], "job seeker card documents", "documents")
I("ak1 bisa daftar lewat karirhub aja ga usah ke disnaker?", ["kartu-kuning-ak1"], "job seeker card online", "online")
I("kartu kuning sy bikin th 2023, msh berlaku ga buat ngelamar", ["kartu-kuning-ak1"], "job seeker card validity", "validity")

# kia
I("anak sy kelas 1 sd umur 7, bikin kia hrs bawa foto?", ["kia"], "child ID photo requirement", "documents")
I("KIA itu buat umur brp sampe brp?", ["kia"], "child ID age range", "eligibility")
I("Yth. Admin, saya hendak mengurus Kartu Identitas Anak untuk putri saya yang berusia 3 tahun. Apakah pengurusannya dapat dilakukan di kantor kelurahan? Terima kasih.", ["kia"], "where to get child ID", "place")

# kk-baru
I("pengantin baru nih, mau keluar dr kk ortu dan bikin kk berdua. berkasnya apa", ["kk-baru"], "new family card after marriage", "documents")
I("istri KTP nya Kab Bogor, sy Kota Depok. mau bikin KK baru berdua gmn urusnya", ["kk-baru"], "new family card spouses from different regencies", "steps")
I("kk baru pengantin jadinya brp hari", ["kk-baru"], "new family card duration", "duration")

# kk-hilang-rusak
I("punten, KK abdi kabawa caah, naon syaratna pikeun nyitak deui?", ["kk-hilang-rusak"], "replace family card lost in flood (Sundanese)", "documents")
I("kartu keluarga robek, ganti baru bisa sehari jadi?", ["kk-hilang-rusak"], "replace damaged family card duration", "duration")
I("kk hilang trs dicetak ulang, nomor kk nya berubah ngga?", ["kk-hilang-rusak"], "family card number after reprint", "other")

# kk-pisah
I("umur 24 blm nikah, pengen punya kk sendiri tp msh serumah sm ortu. bisa ga?", ["kk-pisah"], "separate family card same address", "eligibility")
I("mantan suami msh kepala keluarga di kk sy pdhl udh cerai 2022. mau keluar dr kk dia, bawa apa", ["kk-pisah"], "split family card after divorce", "documents")
I("pecah kk jadinya brp hari", ["kk-pisah"], "split family card duration", "duration")

# kk-tambah-anggota
I("nama dedek bayi blm ada di kk, cara nambahinnya gmn", ["kk-tambah-anggota"], "add newborn to family card", "steps")
I("keponakan umur 15 mau ikut kk sy krn sekolah di sini, syaratnya gmn", ["kk-tambah-anggota"], "add minor relative to family card", "documents")
I("ibu mertua dr lampung mau numpang kk kami di tangerang. perlu surat pindah dulu ga?", ["kk-tambah-anggota"], "add relative from other region to family card", "documents")

# ktp-el-baru
I("anak sy bulan depan 17 taun, rekam ktp perlu surat pengantar rt ga", ["ktp-el-baru"], "first ID card documents", "documents")
I("adik sy umur 16 tp udh nikah, boleh bikin ktp?", ["ktp-el-baru"], "ID card for married minor", "eligibility")
I("umur 23 blm rekam ktp sama sekali, ada sanksinya?", ["ktp-el-baru"], "consequence of not recording ID", "penalty")

# ktp-el-hilang
I("dompet kecopetan di terminal bungurasih, ktp ikut raib. ganti ktp bayar ga?", ["ktp-el-hilang"], "lost ID replacement cost", "cost")
I("KTP ku ilang neng pasar, kudu lapor polisi dhisik po?", ["ktp-el-hilang"], "lost ID police report (Javanese)", "steps")

# ktp-el-perubahan-data
I("nikah udh 2 taun tp ktp tulisannya msh BELUM KAWIN, ngubahnya gmn", ["ktp-el-perubahan-data"], "update marital status on ID", "steps")
I("nama sy di ktp kurang satu huruf, harusnya Nurhalizah jd Nurhaliza. bisa dibetulin?", ["ktp-el-perubahan-data"], "fix typo in ID name", "documents")
I("pekerjaan di ktp msh pelajar, skrg udh kerja di pabrik. mau ganti perlu surat dr kantor?", ["ktp-el-perubahan-data"], "update occupation on ID", "documents")

# ktp-el-rusak
I("e-ktp sy retak kelipet di dompet, mau ganti hrs bikin laporan polisi dulu?", ["ktp-el-rusak"], "replace broken ID documents", "documents")
I("chip ktp ga kebaca pas buka rekening di bank, disuruh ganti. sehari jadi ga", ["ktp-el-rusak"], "replace ID with faulty chip duration", "duration")
I("tulisan di e-ktp udh pudar ga kebaca, bisa diganti?", ["ktp-el-rusak"], "replace faded ID", "overview")

# legalisir-dokumen
I("fotokopi kk yg ada qr code nya diminta cap basah sm hrd, emang wajib dilegalisir?", ["legalisir-dokumen"], "legalise QR family card", "eligibility")
I("gmn cara tau kk sy asli ato palsu", ["legalisir-dokumen"], "verify document authenticity", "other")

# nib-oss
I("sy jualan kue kering dr rumah, pengen punya nib biar bisa nitip di supermarket. langkahnya gmn", ["nib-oss"], "business ID for home business", "steps")
I("nib jadinya brp lama? mau daftar jualan di marketplace", ["nib-oss"], "business ID duration", "duration")

# nikah-kua
I("berkas daftar nikah kua apa aja, kami mau nikah bulan februari", ["nikah-kua"], "KUA marriage documents", "documents")
I("rencana akad 20 desember, paling telat daftar ke kua kapan", ["nikah-kua"], "KUA registration lead time", "duration")
I("calon istri umur 18, boleh nikah di kua?", ["nikah-kua"], "marriage age requirement", "eligibility")

# npwp-pribadi
I("mau bikin npwp buat syarat masuk kerja, skrg daftarnya di web apa ya", ["npwp-pribadi"], "register tax ID online", "online")
I("kartu npwp fisik msh perlu dicetak ga?", ["npwp-pribadi"], "physical tax ID card", "other")

# paspor-baru
I("bikin paspor buat umroh brp biayanya", ["paspor-baru"], "passport cost", "cost")
I("pertama kali mau punya paspor, dokumen yg disiapin apa", ["paspor-baru"], "new passport documents", "documents")
I("perpanjang paspor yg bulan depan abis bisa online ga", ["paspor-baru"], "passport renewal online", "online")

# paspor-hilang-rusak
I("aduh min, paspor sy ikut kecuci bareng celana jeans, halamannya pada lengket. bulan depan mau berangkat kerja ke hongkong. buat ganti dendanya brp ya?", ["paspor-hilang-rusak"], "damaged passport fee", "penalty")
I("paspor hilang, gantinya bisa lewat m-paspor?", ["paspor-hilang-rusak"], "lost passport replacement online", "online")
I("paspor ilang pas liburan di Kuala Lumpur, pulangnya gmn ini", ["paspor-hilang-rusak"], "passport lost abroad", "place")

# pbg-bangunan
I("Dengan hormat, rumah tinggal kami memiliki IMB terbitan tahun 2010 dan tidak pernah diubah bentuknya. Apakah IMB tersebut masih berlaku atau harus diganti PBG?", ["pbg-bangunan"], "old IMB validity", "validity")
I("PBG tuh apaan sih, sama kayak IMB? ngajuinnya lewat apa", ["pbg-bangunan"], "what PBG is and how to apply", "overview")
I("retribusi pbg ngitungnya gmn", ["pbg-bangunan"], "building permit fee", "cost")

# pengaduan-lapor
I("lapor.go.id bisa lapor tanpa nama?", ["pengaduan-lapor"], "anonymous public complaint", "online")
I("cara bikin aduan di sp4n lapor gmn step nya", ["pengaduan-lapor"], "file public complaint steps", "steps")
I("kalo mau lapor ke LAPOR perlu lampirin bukti apa aja", ["pengaduan-lapor"], "complaint evidence", "documents")

# pindah-datang
I("skpwni dr Klaten udh di tangan, skrg sy di Bekasi. next step nya apa", ["pindah-datang"], "register arrival after moving", "steps")
I("sy ngekos di Malang, mau pindahin ktp ke alamat kos. ibu kos hrs bikin surat apa", ["pindah-datang"], "move ID to rented address", "documents")
I("lapor pindah datang brp hari ktp alamat baru jadi", ["pindah-datang"], "arrival registration duration", "duration")

# pindah-keluar
I("ngurus skpwni hrs minta surat dr pak rt dulu ga", ["pindah-keluar"], "moving letter documents", "documents")
I("sy udh terlanjur tinggal di Bali, surat pindah dr Jember hrs pulang dulu ke Jember?", ["pindah-keluar"], "moving letter from destination", "place")
I("pindah kecamatan tp masih satu kabupaten, perlu skpwni juga?", ["pindah-keluar"], "moving within same regency", "steps")

# pip-kip
I("gmn ngecek nama anak masuk penerima pip, dia kls 4 sd", ["pip-kip"], "check PIP status", "online")
I("anak smp dpt pip brp sih setaunnya", ["pip-kip"], "PIP amount", "cost")
I("nama anak sy ada di daftar penerima pip, cairinnya gmn", ["pip-kip"], "withdraw PIP funds", "steps")

# sertifikat-tanah-ptsl
I("panitia ptsl di desa narik 150rb per bidang, itu wajar ga sih?", ["sertifikat-tanah-ptsl"], "PTSL cost", "cost")
I("tanah warisan masih girik letter C, bisa ikut ptsl?", ["sertifikat-tanah-ptsl"], "PTSL eligibility for unregistered land", "eligibility")
I("program ptsl itu apa ya? pak kades ngumpulin warga soal sertifikat", ["sertifikat-tanah-ptsl"], "what PTSL is", "overview")

# sim-baru
I("biaya sim c baru brp", ["sim-baru"], "new SIM C cost", "cost")
I("mau bikin sim c buat pertama x, dokumen apa aja yg dibawa ke satpas, katanya perlu bpjs jg?", ["sim-baru"], "new driving licence documents", "documents")

# sim-hilang-rusak
I("sim c sy ketinggalan di angkot ga ketemu, nanti bikin lagi hrs tes teori praktek ulang?", ["sim-hilang-rusak"], "test needed for lost SIM", "eligibility")
I("ganti sim a hilang abis brp duit", ["sim-hilang-rusak"], "lost SIM replacement cost", "cost")
I("sim sy patah kelindes motor, ganti prosesnya gmn", ["sim-hilang-rusak"], "replace broken SIM steps", "steps")

# sim-perpanjangan
I("mau perpanjang sim c tp males antri di satpas, ada cara online ga? pake aplikasi apa", ["sim-perpanjangan"], "renew SIM online", "online")
I("sim c ku wis mati sasi wingi, isih iso diperpanjang ora yo?", ["sim-perpanjangan"], "renew expired SIM (Javanese)", "validity")
I("perpanjang sim a brp", ["sim-perpanjangan"], "SIM A renewal cost", "cost")

# skck-baru
I("bikin skck buat ngelamar jd satpam pabrik, ke polsek ato polres?", ["skck-baru"], "where to get SKCK", "place")
I("punten, upami bade ngadamel SKCK kanggo ngalamar damel, syaratna naon wae?", ["skck-baru"], "SKCK documents (Sundanese)", "documents")
I("skck brp duit", ["skck-baru"], "SKCK cost", "cost")
I("skck berlaku brp lama", ["skck-baru"], "SKCK validity", "validity")

# skck-perpanjangan
I("skck sy udh expired 8 bulan, msh bisa diperpanjang?", ["skck-perpanjangan"], "renew expired SKCK", "eligibility")
I("perpanjang skck bawa apa aja", ["skck-perpanjangan"], "SKCK renewal documents", "documents")
I("dulu bikin skck di polres sleman, skrg kerja di jogja kota. perpanjangnya bisa di polresta?", ["skck-perpanjangan"], "where to renew SKCK", "place")

# sktm
I("Selamat pagi Bapak/Ibu. Ayah saya sedang dirawat di RSUD dan keluarga diminta melampirkan SKTM supaya dapat keringanan biaya. Mohon info persyaratannya.", ["sktm"], "SKTM documents for hospital", "documents")
I("sktm jadi brp hari", ["sktm"], "SKTM duration", "duration")

# spt-tahunan
I("sy karyawan swasta, spt taun ini paling lambat dilapor tgl brp", ["spt-tahunan"], "annual tax return deadline", "duration")
I("lupa lapor spt taun lalu, kena denda brp?", ["spt-tahunan"], "late tax return fine", "penalty")
I("lapor spt skrg lewat apa, msh djp online?", ["spt-tahunan"], "file tax return online", "online")

# stnk-lima-tahunan
I("plat nomor motor udh 5 taun, ganti kaleng sm stnk baru kena brp", ["stnk-lima-tahunan"], "five-year plate renewal cost", "cost")
I("stnk 5 tahun bisa diurus online ga", ["stnk-lima-tahunan"], "five-year STNK online", "online")
I("perpanjang stnk 5 taun hrs bawa bpkb asli?", ["stnk-lima-tahunan"], "five-year STNK documents", "documents")

# stnk-pajak-tahunan
I("pajak beat sy jatuh tempo minggu depan, bisa bayar dr hp aja?", ["stnk-pajak-tahunan"], "pay annual vehicle tax online", "online")
I("kumaha carana mayar pajeg motor taunan di samsat keliling, kedah nyandak naon?", ["stnk-pajak-tahunan"], "annual vehicle tax documents (Sundanese)", "documents")
I("bayar pajak tahunan di samsat brp lama biasanya", ["stnk-pajak-tahunan"], "annual tax counter duration", "duration")

# surat-ahli-waris
I("berkas buat bikin surat waris apa aja", ["surat-ahli-waris"], "heirship letter documents", "documents")
I("almarhum bapak tinggal terakhir di Bogor, kami anak2nya di Jakarta semua. surat waris diurus di kelurahan mana?", ["surat-ahli-waris"], "where to get heirship letter", "place")
I("bikin surat ahli waris bayar ga?", ["surat-ahli-waris"], "heirship letter cost", "cost")

# surat-domisili
I("ktp sy masih Garut, kerja di Cikarang. HRD minta keterangan domisili, bikinnya bawa apa", ["surat-domisili"], "domicile letter documents", "documents")
I("surat domisili berlaku brp lama", ["surat-domisili"], "domicile letter validity", "validity")
I("kalo udh punya surat domisili, alamat di ktp ikut berubah ga?", ["surat-domisili"], "domicile letter vs ID address", "other")

# surat-kehilangan-polisi
I("ke polsek minta surat hilang itu ada biayanya ga", ["surat-kehilangan-polisi"], "police loss report cost", "cost")
I("surat kehilangan berlaku brp lama? udh 3 minggu blm kepake", ["surat-kehilangan-polisi"], "police loss report validity", "validity")
I("surat kehilangan bisa dibikin online?", ["surat-kehilangan-polisi"], "police loss report online", "online")

# tilang-elektronik-etle
I("ada kiriman pos dr polda isinya foto motor sy nerobos lampu merah. trus sy hrs gmn", ["tilang-elektronik-etle"], "respond to ETLE notice", "steps")
I("kalo surat tilang elektronik dicuekin aja gmn", ["tilang-elektronik-etle"], "ignoring ETLE consequence", "penalty")
I("konfirmasi etle batasnya brp hari", ["tilang-elektronik-etle"], "ETLE confirmation deadline", "duration")

# usulan-bansos-dtsen
I("suami kuli bangunan, anak 3, ga pernah kebagian bantuan apa2. gmn biar didata?", ["usulan-bansos-dtsen"], "apply for social assistance", "steps")
I("daftar bansos bisa lewat aplikasi?", ["usulan-bansos-dtsen"], "apply for bansos online", "online")
I("tetangga punya mobil tp dapet pkh terus, bisa dilaporin lewat aplikasi ga", ["usulan-bansos-dtsen"], "report ineligible bansos recipient", "other")

# longer stories / extra styles (in_scope)
I("Assalamualaikum min. Sy Rina dari Purwokerto. Suami meninggal bulan Juli krn sakit, skrg sy mau ngurus pensiun dan tabungannya di bank. Pihak bank minta surat keterangan ahli waris. Itu syaratnya apa aja ya?", ["surat-ahli-waris"], "heirship letter for bank", "documents")
I("bapak kula seda wingi, badhe ngurus akta kematian wonten pundi nggih?", ["akta-kematian"], "where to register death (Javanese)", "place")
I("jadi gini kak, sy kerja di pabrik garmen cikarang 6 tahun, bulan kmrn kena PHK krn pabrik pindah ke jateng. temen bilang jht bisa diambil semua. bener ga? trus itu saldonya 32 juta, bisa lewat aplikasi?", ["bpjs-ketenagakerjaan-jht"], "JHT claim after layoff large balance", "online")
I("Selamat malam. Saya pensiunan guru, motor Vario saya STNK-nya tahun ini sudah 5 tahun. Apakah ganti pelat bisa diwakilkan anak saya karena saya sedang sakit?", ["stnk-lima-tahunan"], "five-year STNK by proxy", "documents")


# ---------------------------------------------------------------- near_miss (no article answers)
def N(q, need, aspect):
    R("near_miss", q, [], need, aspect)


N("suami sy WNA Jerman, udh 5 taun tinggal di Bali sm sy. dia bisa bikin ktp-el juga ga?", "ID card for foreign resident", "eligibility")
N("perpanjang kitas suami yg warga australia di kantor imigrasi mana, syaratnya apa", "foreigner stay permit renewal", "documents")
N("bikin SIM internasional di mana ya, mau roadtrip di australia maret nanti", "international driving permit", "place")
N("sy TKI baru pulang dr malaysia, punya lesen memandu sana. bisa dikonversi jd sim indonesia ga?", "convert foreign driving licence", "eligibility")
N("SIM D buat penyandang disabilitas syaratnya apa aja, adik sy tuna daksa mau bawa motor roda tiga", "SIM D for disabled drivers", "documents")
N("paspor sy habis pas lg kerja di Taiwan, perpanjangnya di KDEI Taipei gmn caranya", "renew passport while abroad", "steps")
N("syarat visa turis ke jepang apa aja? udh punya e-paspor", "tourist visa for Japan", "documents")
N("daftar haji reguler skrg antrinya brp taun? setoran awalnya brp", "hajj registration queue", "duration")
N("temen kantor sy orang filipina butuh SKCK buat perpanjang izin kerja, WNA bisa bikin skck di polres?", "SKCK for foreigner", "eligibility")
N("surat keterangan bebas narkoba buat daftar cpns bikinnya di mana, bnn ato rs?", "drug-free certificate", "place")
N("abis kena phk, katanya ada JKP dr bpjs ketenagakerjaan. klaimnya gmn", "JKP job loss benefit claim", "steps")
N("sy msh kerja di bank, mau ambil jht sebagian 30% buat dp rumah. bisa ga?", "partial JHT withdrawal while employed", "eligibility")
N("sy driver ojol, mau daftar bpjs ketenagakerjaan sendiri biar dpt jaminan kecelakaan. caranya gmn", "register BPJS Ketenagakerjaan as informal worker", "steps")
N("kecelakaan pas berangkat kerja, kaki patah. biaya rs nya bisa diklaim jkk? gmn prosesnya", "work accident benefit claim", "steps")
N("bpjs kesehatan mandiri mau turun kelas dr kelas 1 ke kelas 3, gmn caranya", "change BPJS class", "steps")
N("rujukan bpjs ke rs tipe A harus lewat puskesmas dulu ga? dokter spesialis jantung", "BPJS hospital referral", "steps")
N("bpjs kesehatan bisa dipake berobat ke penang ga? mau operasi di sana", "BPJS coverage abroad", "eligibility")
N("anak sy lahir di singapura bulan lalu, kami berdua WNI. akta kelahirannya gmn biar tercatat di indonesia", "birth registration abroad", "steps")
N("mau adopsi anak dr panti, proses pengangkatan anak dan aktanya gmn", "child adoption", "steps")
N("nama di akta lahir mau diganti total dr Paijo jd Rafael, pengajuan ke pengadilannya gmn dan brp biayanya", "court name change procedure", "steps")
N("nikah siri udh 6 taun, mau diisbatkan di pengadilan agama. biaya dan syaratnya apa", "marriage legalisation (isbat nikah)", "documents")
N("calon suami sy warga malaysia, nikah di kua syaratnya apa aja buat dia?", "marriage with foreigner at KUA", "documents")
N("abis talak satu mau rujuk lagi sm istri, ngurusnya di kua? ada surat2nya ga", "reconciliation after divorce (rujuk)", "steps")
N("cara ngajuin gugatan cerai ke pengadilan agama, biaya perkaranya brp", "file for divorce", "cost")
N("sy islam, pacar kristen. kalo nikah beda agama bisa dicatat di capil?", "interfaith marriage registration", "eligibility")
N("Dengan hormat, kami pasangan WNI yang menikah di KBRI Riyadh tahun lalu. Bagaimana cara melaporkan pernikahan tersebut setelah kami pulang ke Indonesia?", "report marriage conducted abroad", "steps")
N("motor udh sy jual bulan lalu, gmn cara blokir stnk nya biar pajak progresif ga kena ke sy", "block STNK after selling vehicle", "steps")
N("mau cat ulang mobil dr putih ke hitam doff, stnk nya hrs diubah? ngurusnya gmn", "change vehicle colour registration", "steps")
N("plat nomor cantik kayak B 1 SAY pesennya di mana, brp harganya", "custom licence plate", "cost")
N("kena tilang manual di jalan kmrn, SIM ditahan. ambilnya di kejaksaan gmn", "conventional traffic ticket", "steps")
N("pemutihan denda pajak kendaraan jatim th ini ada ga? motor udh nunggak 3 taun", "vehicle tax amnesty", "penalty")
N("BPKB motor hilang pas pindahan, gantinya di polda gmn prosesnya", "replace lost BPKB", "steps")
N("bayar PBB rumah bisa lewat apa aja? tagihannya baru dateng", "pay land and building tax", "online")
N("sertifikat tanah asli ilang kebakar, bikin lagi di bpn gmn", "replace lost land certificate", "steps")
N("mau pecah sertifikat tanah 600 meter jadi 3 buat anak2, prosedurnya gmn", "split land certificate", "steps")
N("KPR udh lunas, bank ngasih sertifikat. roya nya di bpn gmn", "remove mortgage from land title", "steps")
N("ortu mau hibahin tanah ke sy, balik nama sertifikatnya gmn? pajaknya sama kayak jual beli?", "land title transfer by gift", "cost")
N("ruko sy udh punya PBG, skrg disuruh ngurus SLF. itu prosesnya gmn", "certificate of building function (SLF)", "steps")
N("mau bikin hajatan dangdutan di lapangan, izin keramaian ke polsek syaratnya apa", "event permit from police", "documents")
N("anak sy lulus SMA taun depan, daftar KIP kuliah kapan dibuka dan gmn caranya", "KIP Kuliah registration", "steps")
N("BSU subsidi gaji yg 600rb itu cair kapan ya, ngeceknya di mana", "wage subsidy BSU", "online")
N("kartu prakerja gelombang baru kapan buka? mau ikut pelatihan", "Kartu Prakerja registration", "duration")
N("mau daftar jadi pendamping PKH, lowongannya dibuka di mana", "job as PKH facilitator", "place")
N("kartu KKS buat ambil bansos patah, gantinya ke bank mana", "replace damaged KKS card", "place")
N("legalisir ijazah S1 buat lamaran cpns di kampus ato di dinas?", "legalise university diploma", "place")
N("akta kelahiran mau dipake daftar kuliah di belanda, katanya perlu apostille. ngurusnya di mana", "apostille for birth certificate", "place")
N("lupa PIN aplikasi IKD, gmn resetnya", "reset digital ID PIN", "steps")
N("NPWP buat CV yg baru sy dirikan gmn daftarnya, beda ga sm yg pribadi", "register business entity tax ID", "steps")
N("udh berhenti kerja dan ga ada penghasilan, npwp nya mau dinonaktifkan. caranya?", "deactivate tax ID", "steps")
N("spt sy lebih bayar 2 juta, restitusinya gmn biar duitnya balik", "tax refund procedure", "steps")
N("toko sy udh PKP, lapor SPT masa PPN tiap bulan gmn caranya", "monthly VAT return", "steps")
N("mau jual keripik singkong kemasan, izin PIRT nya ngurus di mana", "home food production permit (PIRT)", "place")
N("sertifikat halal gratis buat umkm daftarnya gmn", "free halal certification", "steps")
N("surat keterangan belum menikah dr kelurahan syaratnya apa, buat daftar tni", "certificate of unmarried status", "documents")
N("mau ngajuin KUR di BRI, diminta surat keterangan usaha dr desa. bikinnya gmn", "business certificate from village (SKU)", "documents")
N("adik sy udh 3 hari ga pulang, hp ga aktif. lapor orang hilang ke polsek gmn prosedurnya", "report missing person", "steps")
N("sekeluarga mau pindah ke australia for good, surat pindah ke luar negeri ngurusnya gmn", "moving abroad permanently", "steps")
N("suami meninggal, dia PNS. klaim pensiun janda di taspen syaratnya apa", "Taspen widow pension claim", "documents")
N("bapak meninggal ketabrak truk, santunan jasa raharja klaimnya gmn", "Jasa Raharja accident death benefit", "steps")
N("bapak stroke ga bisa ngurus apa2, kepala keluarga di kk mau diganti kakak sy. bisa ga?", "change head of family while alive", "eligibility")



# ---------------------------------------------------------------- off_topic
def O(q, need):
    R("off_topic", q, [], need, "other")


O("wkwkwkwk", "laughter")
O("bot goblok, ditanya apa jawabnya apa", "insult")
O("besok sore jogja hujan ga ya min", "weather")
O("presiden indonesia yg pertama siapa sih", "general knowledge")
O("menurut mimin pilkada nanti mending pilih calon nomor berapa?", "politics")
O("cara ngajuin KPR di BTN, bunga flat nya brp persen", "bank mortgage")
O("kartu telkomsel sy keblokir krn salah registrasi, gmn bukanya", "phone SIM card")
O("paket dr shopee udh 2 minggu ga nyampe2, kurirnya ilang kali", "online shop delivery")
O("selamat pagi min 🙏", "greeting")
O("ada jokes ga min, bosen nunggu antrian samsat nih", "joke request")
O("resep rendang biar dagingnya empuk gmn ya", "recipe")
O("semalem timnas menang ga? skor brp", "sports")
O("pinjol legal yg bunganya paling kecil apa ya", "online loan")
O("min udah makan belum? 😁", "chit-chat")
O("harga emas antam hari ini brp per gram", "gold price")
O("oke makasih banyak infonya kak", "thanks")
O("ibu kota australia itu sydney ato canberra sih", "general knowledge")
O("cara daftar jadi driver gojek syaratnya apa", "ride-hailing driver signup")
O("wes ora usah kakean omong, bot ra mutu blas", "insult (Javanese)")
O("rekomendasi hp 2 jutaan yg kameranya bagus dong", "phone recommendation")


# ---------------------------------------------------------------- follow_up
def F(prev, q, ids, need, aspect):
    R("follow_up", q, ids, need, aspect, prev)


F("mau bikin paspor buat umroh bareng ibu, syaratnya apa aja ya", "biayanya brp?", ["paspor-baru"], "passport cost", "cost")
F("ktp sy ilang kemarin pas belanja di pasar, ngurusnya gmn", "surat dr polisinya bayar ga?", ["ktp-el-hilang", "surat-kehilangan-polisi"], "police loss letter cost", "cost")
F("cara perpanjang sim c di satpas gmn ya", "kalo udh mati 2 bulan gmn?", ["sim-perpanjangan", "sim-baru"], "expired SIM renewal", "validity")
F("pajak motor tahunan bisa bayar lewat signal kan?", "kalo yg 5 tahunan?", ["stnk-lima-tahunan"], "five-year STNK online", "online")
F("syarat bikin akta kelahiran anak pertama apa aja", "kalo lahirnya udh 4 bulan lalu gmn?", ["akta-kelahiran-terlambat"], "late birth registration", "eligibility")
F("mau daftar bpjs kesehatan sendiri pake mobile jkn, caranya gmn", "kelas 1 sebulan brp", ["bpjs-kesehatan-mandiri"], "BPJS class 1 premium", "cost")
F("klaim jht abis resign gmn caranya", "saldo sy 25jt, bisa lewat jmo?", ["bpjs-ketenagakerjaan-jht"], "JHT claim channel by balance", "online")
F("bulan depan mau nikah di kua kecamatan, daftarnya gmn", "trus abis nikah kk nya gmn", ["kk-baru"], "family card after marriage", "steps")
F("bikin skck buat ngelamar kerja di pabrik syaratnya apa", "berlakunya brp lama", ["skck-baru"], "SKCK validity", "validity")
F("skck sy yg lama udh lewat masa berlakunya 3 bulan", "perpanjangnya di mana?", ["skck-perpanjangan"], "where to renew SKCK", "place")
F("ktp sy patah kena injek, bisa diganti ga", "hrs ke polsek dulu ga?", ["ktp-el-rusak"], "police letter for damaged ID", "documents")
F("syarat sktm buat daftar sekolah anak apa aja", "itu bisa bikin dpt pkh jg ga?", ["sktm", "usulan-bansos-dtsen"], "SKTM vs bansos eligibility", "eligibility")
F("cara cek nama sy dapet bansos ato ngga", "kalo ga muncul namanya gmn", ["usulan-bansos-dtsen"], "apply when not listed", "steps")
F("ganti faskes bpjs di mobile jkn gmn", "mulai berlakunya kapan", ["bpjs-kesehatan-pindah-faskes"], "clinic change effective date", "duration")
F("bpjs mandiri sy nunggak 8 bulan, gmn ngaktifinnya", "bisa dicicil?", ["bpjs-kesehatan-reaktivasi"], "instalment for arrears", "cost")
F("mau pindah dr Klaten ke Bekasi, surat pindahnya ngurus di mana", "trus di bekasi ngapain lg", ["pindah-datang"], "register arrival", "steps")
F("beli motor bekas, balik nama stnk sm bpkb gmn", "bpkb nya jadi brp lama", ["balik-nama-kendaraan"], "BPKB transfer duration", "duration")
F("paspor sy hilang, gantinya gmn", "kalo ilangnya pas di jepang?", ["paspor-hilang-rusak"], "passport lost abroad", "place")
F("cara bikin nib buat usaha catering rumahan", "trus izin pirt nya sekalian di situ?", [], "home food permit PIRT", "other")
F("syarat bikin sim a baru apa aja", "sim internasional bisa sekalian?", [], "international driving permit", "other")
F("syarat akta kematian buat bapak apa aja", "meninggalnya di malaysia pas kerja, beda ga?", ["akta-kematian"], "death abroad registration", "documents")
F("aktivasi ikd caranya gmn", "hrs di dukcapil sesuai alamat ktp?", ["ikd"], "where to activate IKD", "place")
F("kartu kuning syaratnya apa", "online bisa?", ["kartu-kuning-ak1"], "job seeker card online", "online")
F("udh nikah 3 bulan, status di ktp sy mau diubah jd kawin. gmn caranya", "kk nya jg hrs diubah?", ["ktp-el-perubahan-data"], "family card update for status change", "steps")
F("cara lapor spt buat pegawai swasta gmn", "telat sehari kena denda?", ["spt-tahunan"], "late SPT fine", "penalty")
F("dapet surat konfirmasi etle, motor sy melanggar marka", "tp yg bawa motornya adek sy", ["tilang-elektronik-etle"], "ETLE with different driver", "other")
F("cara ikut ptsl di desa gmn", "biayanya gratis kan?", ["sertifikat-tanah-ptsl"], "PTSL cost", "cost")
F("beli tanah kavling, balik nama sertifikatnya gmn", "bphtb yg bayar siapa", ["balik-nama-sertifikat-tanah"], "who pays BPHTB", "cost")
F("gmn cek anak dpt pip ato ngga", "cairnya di bank apa", ["pip-kip"], "PIP disbursement bank", "place")
F("mau legalisir akta kelahiran lama yg ttd basah", "kk yg ada qr nya jg perlu?", ["legalisir-dokumen"], "legalise QR family card", "eligibility")
F("syarat kia apa aja", "bayi 3 bulan perlu foto ga", ["kia"], "photo for baby KIA", "documents")
F("kk hilang, ngurusnya gmn", "nomornya ganti ga", ["kk-hilang-rusak"], "family card number after reprint", "other")
F("mau daftar nikah di kua, berkasnya apa", "kalo akadnya di rumah bayar ga", ["nikah-kua"], "home ceremony fee", "cost")
F("stnk motor sy udh waktunya ganti plat 5 taunan, bawa apa aja ke samsat", "bisa diwakilin ga, sy lg dinas luar", ["stnk-lima-tahunan"], "proxy for five-year STNK", "documents")
F("putusan cerai dr pengadilan agama udh keluar, akta cerainya gmn", "status di ktp ganti sendiri ato hrs ngurus?", ["akta-perceraian"], "update ID status after divorce", "steps")


# ---------------------------------------------------------------- english
def E(q, ids, need, aspect):
    R("english", q, ids, need, aspect)


E("How do I renew my motorbike driving license (SIM C) online? I don't want to queue at the police station.", ["sim-perpanjangan"], "renew SIM online", "online")
E("I lost my passport somewhere in Bali last week. How much is the fine to get a replacement?", ["paspor-hilang-rusak"], "lost passport fee", "penalty")
E("how much is the monthly bpjs kesehatan fee for class 2", ["bpjs-kesehatan-mandiri"], "BPJS class 2 premium", "cost")
E("My son just turned 17. What does he need to bring to get his first e-KTP?", ["ktp-el-baru"], "first ID card documents", "documents")
E("We're Indonesian and our baby was born last week at a clinic in Depok. What documents are required for the birth certificate?", ["akta-kelahiran"], "newborn birth certificate documents", "documents")
E("I resigned from my job in September. When and how can I withdraw my JHT savings?", ["bpjs-ketenagakerjaan-jht"], "JHT withdrawal", "steps")
E("Where can I report a government officer who asked me for a bribe?", ["pengaduan-lapor"], "report bribery", "place")
E("Can I pay the yearly tax for my car online, or do I have to go to Samsat?", ["stnk-pajak-tahunan"], "annual vehicle tax online", "online")
E("What do I need for a police clearance certificate (SKCK) for a job application?", ["skck-baru"], "SKCK documents", "documents")
E("what is the deadline to file the annual personal income tax return, and what's the penalty if late?", ["spt-tahunan"], "tax return deadline and fine", "duration")
E("How do I get an NIB business number for my small home bakery? Is it free?", ["nib-oss"], "business ID registration", "steps")
E("My wife and I had our wedding blessing at a church in Manado. How do we register the marriage with the civil registry?", ["akta-perkawinan-nonmuslim"], "register church marriage", "steps")
E("I'm a British citizen married to an Indonesian. How do I apply for a spouse KITAS?", [], "spouse stay permit for foreigner", "steps")
E("how to get an international driving permit in jakarta", [], "international driving permit", "place")
E("Is visa on arrival available for Australians at Bali airport, and how much is it?", [], "visa on arrival", "cost")


# ---------------------------------------------------------------- complaint
def C(q, ids, need):
    R("complaint", q, ids, need, "other")


LAP = ["pengaduan-lapor"]
C("petugas dukcapil minta 200rb biar ktp anak sy cepet jadi, katanya kalo ga bayar nunggu 3 bulan. mau sy laporin, ke mana?", LAP, "report extortion at civil registry")
C("panitia ptsl di desa sy narik 2 juta per bidang, warga pada takut protes. lapornya ke mana ya", LAP, "report excessive PTSL levy")
C("penghulu minta amplop 1 juta padahal akadnya di kantor KUA jam kerja. ini boleh ga? sy mau adukan", LAP, "report illegal fee by penghulu")
C("petugas samsat tadi kasar bgt, sy nanya baik2 malah dibentak2 di depan org banyak. pengen komplain", LAP, "complain about rude Samsat officer")
C("udh rekam ktp dari bulan mei, tiap ke kecamatan jawabannya blangko habis terus. sy mau komplain resmi", LAP, "complain about ID printing delay")
C("sy udh lapor di lapor.go.id 3 minggu lalu soal jalan berlubang, sampe skrg blm ada tanggapan. trus sy hrs ngadu ke mana lagi", LAP, "complaint not followed up")
C("di satpas ada calo nawarin sim tembak 650rb, petugasnya kayak tau sama tau. gmn cara lapornya biar ga ketahuan sy yg lapor", LAP, "report licence broker anonymously")
C("sdh 4 hari bolak balik kelurahan mau minta sktm, pak lurahnya ga pernah ada buat tanda tangan. anak sy mau daftar sekolah", LAP, "complain about absent village head")
C("operator desa bilang nama sy bisa dimasukin ke data bansos asal bayar 300rb. ini pungli kan? laporinnya gmn", LAP, "report payment demand for bansos listing")
C("pak kades cuma masukin sodara2nya sendiri jd penerima pkh, tetangga yg janda tua malah ga dapet. sy mau protes", ["pengaduan-lapor", "usulan-bansos-dtsen"], "complain about unfair bansos recipients")
C("di kantor imigrasi ada oknum nawarin jalur cepat wawancara paspor bayar 500rb di luar tarif resmi. mau sy adukan", LAP, "report illegal fee at immigration")
C("polsek minta 50rb buat surat kehilangan, katanya uang administrasi. kan harusnya gratis ya? sy mau lapor", LAP, "report fee for police loss letter")
C("Dengan hormat, saya ingin menyampaikan keluhan atas pelayanan di Kantor Kecamatan tempat saya tinggal. Pada tanggal 18 November saya antre sejak pukul 07.00 namun loket baru dibuka pukul 10.00 tanpa penjelasan. Ke mana saya dapat menyampaikan pengaduan resmi?", LAP, "formal complaint about late service")
C("call center bpjs ditelpon dr pagi ga nyambung2, WA jg ga dibales. ini pelayanan publik kok gini, sy mau ngadu", LAP, "complain about unreachable BPJS service")
C("dana pip anak sy dipotong 100rb sama pihak sekolah katanya buat uang kas. mau lapor tp takut anak sy dipersulit", LAP, "report school cutting PIP funds")
C("petugas disnaker judes bgt ke pencari kerja, berkas sy dilempar ke meja. ada tempat ngadu ga", LAP, "complain about rude labour office staff")
C("petugas e dukcapil ora ramah blas, ditakoni malah nesu-nesu. aku arep lapor nang endi?", LAP, "complain about rude officer (Javanese)")
C("akta kelahiran anak sy udh 2 bulan blm jadi2, wa dukcapil centang satu terus. mau komplain ke atasannya", LAP, "complain about slow birth certificate")
C("bikin skck di polres disuruh bayar 100rb sm petugas loket, ga dikasih kuitansi. ini bener ga, mau sy laporin", LAP, "report SKCK overcharge")
C("puskesmas nolak pasien bpjs ibu sy dgn alasan kuota habis, disuruh bayar umum. sy mau laporin puskesmasnya", LAP, "complain about clinic refusing BPJS patient")


# ---------------------------------------------------------------- write
if __name__ == "__main__":
    rows = list(ROWS)
    random.Random(20261203).shuffle(rows)
    with open("questions.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows written")

package handlers

// Text of the admin conversation (Indonesian: admins are office staff) and
// of the citizens' announcement choice.

const (
	msgKBUsage = "Perintah basis pengetahuan:\n" +
		"• /kb — daftar artikel per kategori\n• /kb ID — lihat satu artikel\n• /kb riwayat ID — riwayat versi dan pemulihan\n" +
		"• /kb hapus ID — hapus artikel (dengan konfirmasi)\n• /kb ekspor — unduh seluruh basis (.zip)\n" +
		"Untuk menerbitkan atau memperbarui artikel, kirim file <code>.md</code>-nya ke sini."
	msgKBOverview = "📚 <b>Basis pengetahuan</b>: %d artikel dalam %d kategori.\n\n" +
		"Kirim file <code>.md</code> untuk menerbitkan atau memperbarui artikel; bot langsung memakainya.\n" +
		"• /kb ID — lihat artikel\n• /kb riwayat ID — riwayat dan pemulihan\n• /kb hapus ID — hapus artikel\n" +
		"• /celah — pertanyaan yang belum terjawab\n• /umumkan — kirim pengumuman ke warga\n• /dasbor — tautan masuk dasbor di browser\n\nPilih kategori:"
	msgKBCategory      = "📂 <b>%s</b> — %d artikel (halaman %d dari %d)"
	msgKBEmptyCategory = "Kategori ini sudah tidak berisi artikel. Ketik /kb untuk daftar terbaru."
	msgKBNotFound      = "Artikel <code>%s</code> tidak ada di basis pengetahuan. Ketik /kb untuk daftarnya."
	msgKBIDTooLong     = "ID artikel ini terlalu panjang untuk tombol. Perbarui atau hapus lewat file dan /kb."
	msgKBExported      = "📦 Seluruh basis pengetahuan: %d artikel, satu file .md per artikel (bisa dibaca kembali dengan <code>helpdesk kb import</code>)."
	msgKBExportFailed  = "Maaf, ekspor gagal dibuat. Silakan coba lagi."
	msgKBDeleteAsk     = "Hapus artikel <b>%s</b> (<code>%s</code>)?\nBot tidak akan menjawab darinya lagi. Penghapusan tercatat di riwayat dan bisa dipulihkan."
	msgKBDeleted       = "🗑 Artikel <b>%s</b> (<code>%s</code>) dihapus. Bot sudah tidak menjawab darinya."
	msgKBKept          = "Baik, artikel tidak dihapus."
	msgKBNoHistory     = "Belum ada riwayat untuk <code>%s</code>."
	msgKBHistory       = "🕘 <b>Riwayat</b> <code>%s</code> — %d versi (terbaru di atas):"
	msgKBHistoryHint   = "Tekan tombol untuk memulihkan sebuah versi; pemulihan disimpan sebagai versi baru."
	msgKBShowHead      = "📄 <b>%s</b>\nID: <code>%s</code>\nKategori: %s\nVersi: %s\n"
	msgKBShowUpdated   = "Diperbarui: %s\n"

	// Articles whose figures were not checked against their sources lately.
	staleMark              = "⚠️ "
	btnKBStale             = "⚠️ Perlu diperiksa ulang (%d)"
	msgKBStaleNote         = "⚠️ <b>%d artikel</b> belum diperiksa ulang terhadap sumbernya dalam %d hari terakhir (kunci <code>verified</code>). Periksa angka dan syaratnya, lalu unggah ulang dengan tanggal baru.\n\n"
	msgKBStaleList         = "⚠️ <b>Perlu diperiksa ulang</b> — %d artikel belum diperiksa dalam %d hari, yang terlama di atas (halaman %d dari %d)"
	msgKBNoneStale         = "✅ Semua artikel sudah diperiksa ulang dalam setahun terakhir. Ketik /kb untuk daftar."
	msgKBShowVerified      = "Diperiksa terhadap sumber: %s\n"
	msgKBShowStaleVerified = "⚠️ Terakhir diperiksa terhadap sumber: %s (%d hari lalu) — perlu diperiksa ulang\n"
	msgKBShowNeverVerified = "⚠️ Belum pernah diperiksa terhadap sumber (tanpa <code>verified</code>) — perlu diperiksa\n"

	msgKBShowSource    = "Sumber: %s\n"
	msgKBShowKeywords  = "Kata kunci: %s\n"
	msgKBShowQuestions = "Contoh pertanyaan: %d\n"
	msgKBCurrent       = " ← sekarang"
	msgKBHistoryMore   = "\n… %d versi lebih lama"
	msgLintLine        = "\n• baris %d: %s"
	msgLintMore        = "\n… dan %d masalah lain"
	msgGapRow          = "<b>%d. «%s»</b>\n%d× (%d tak terjawab, %d 👎), %d warga, %s – %s"
	msgGapExamples     = "\ncontoh: %s"
	msgGapArticles     = "\nartikel terdekat: %s"
	msgAnnounceSending = "sedang dikirim, "

	msgAnnounceStateCancelled = "dibatalkan"
	msgAnnounceStateDraft     = "draf, belum dikirim"

	// Names of article fields in "what changed".
	fieldTitle     = "judul"
	fieldCategory  = "kategori"
	fieldKeywords  = "kata kunci"
	fieldQuestions = "contoh pertanyaan"
	fieldSource    = "sumber"
	fieldUpdated   = "tanggal pembaruan"
	fieldVerified  = "tanggal pemeriksaan"
	fieldBody      = "isi (+%d baris, −%d baris)"
	fieldNone      = "tidak ada"

	msgKBNoVersion = "Versi %[2]d dari <code>%[1]s</code> tidak ada."
	msgKBRestoring = "↩️ Memulihkan versi %d…"

	msgUploadNoFiles  = "Unggah artikel hanya bisa lewat Telegram. Di terminal, gunakan <code>helpdesk kb import FOLDER</code>."
	msgUploadTooBig   = "File terlalu besar (batas %d KB untuk satu artikel). Tidak ada yang berubah."
	msgUploadDownload = "Maaf, file belum bisa diunduh dari Telegram. Tidak ada yang berubah; silakan kirim ulang."
	msgUploadRefused  = "❌ <b>%s</b> tidak diterbitkan; tidak ada yang berubah. Perbaiki dulu:"

	msgPublishCreated   = "✅ Artikel baru diterbitkan: <b>%s</b> (<code>%s</code>), kategori %s.\nBot langsung menjawab dengannya."
	msgPublishUpdated   = "✅ Artikel <b>%s</b> (<code>%s</code>) diperbarui ke versi %d.\nYang berubah: %s.\nBot langsung memakai versi ini."
	msgPublishRestored  = "✅ Artikel <b>%s</b> (<code>%s</code>) yang sebelumnya dihapus diterbitkan lagi sebagai versi %d."
	msgPublishUnchanged = "ℹ️ Isi <b>%s</b> sama dengan versi yang sedang tayang (v%d); tidak ada yang berubah."

	msgUndoStale   = "Sudah ada perubahan yang lebih baru pada <code>%[1]s</code>, jadi tombol ini tidak berlaku lagi. Lihat /kb riwayat %[1]s untuk memulihkan versi tertentu."
	msgUndoDeleted = "↩️ Dibatalkan: artikel <code>%s</code> dihapus lagi, seperti sebelum diunggah."
	msgUndone      = "↩️ Dibatalkan: artikel kembali ke isi versi %d."

	msgGapUsage      = "Laporan celah: /celah\nTandai selesai: /celah selesai NOMOR ID-ARTIKEL, misalnya <code>/celah selesai 2 izin-keramaian</code>."
	msgGapNone       = "🎉 Tidak ada pertanyaan yang belum tertangani. Terima kasih!"
	msgGapHeader     = "🕳 <b>Laporan celah</b>: %d pertanyaan tak terjawab atau dinilai 👎, dalam %d kebutuhan (%s – %s)."
	msgGapMore       = "… dan %d kebutuhan lain (lengkapnya: <code>helpdesk report gaps</code>)."
	msgGapHint       = "Setelah ada artikel yang menjawabnya, tandai barisnya selesai dengan tombol ✅ atau /celah selesai NOMOR ID-ARTIKEL."
	msgGapGone       = "Baris itu sudah ditangani atau tidak ada lagi. Ketik /celah untuk laporan terbaru."
	msgGapAskArticle = "Artikel mana yang sekarang menjawab «%s»? Kirim ID artikelnya, atau pilih:"
	msgGapAskID      = "Kirim satu ID artikel saja, misalnya <code>izin-keramaian</code>, atau /batal."
	msgGapMarked     = "✅ «%s» (%d pertanyaan) ditandai selesai oleh artikel <b>%s</b> dan tidak muncul lagi di laporan."

	msgAnnounceAsk       = "📣 Tulis isi pengumumannya (teks biasa). Kakak akan melihat pratinjau sebelum dikirim. Ketik /batal untuk membatalkan; /umumkan riwayat menunjukkan pengiriman sebelumnya."
	msgAnnounceTooLong   = "Pengumuman terlalu panjang (batas %d karakter). Silakan diringkas."
	msgAnnouncePreview   = "Pratinjau — begini yang akan diterima warga:"
	msgAnnounceConfirm   = "Kirim ke <b>%d</b> warga yang berlangganan pengumuman? Pengiriman mengikuti batas Telegram, jadi bisa memakan beberapa menit."
	msgAnnounceQueued    = "📣 Pengumuman #%d sedang dikirim ke %d warga, bertahap %d pesan per detik agar balasan untuk warga lain tetap lancar. Lihat kemajuannya dengan /umumkan riwayat."
	msgAnnounceCancelled = "Baik, pengumuman dibatalkan dan tidak dikirim."
	msgAnnounceGone      = "Pengumuman ini sudah dikirim atau dibatalkan."
	msgAnnounceNone      = "Belum ada pengumuman."
	msgAnnounceHistory   = "📣 <b>Pengumuman terakhir</b>"
	msgAnnounceStats     = "terkirim %d dari %d, menunggu %d, gagal %d"
	msgAnnouncementHead  = "📣 <b>Pengumuman Layanan Warga</b>\n\n"

	btnKBExport     = "📦 Ekspor semua (.zip)"
	btnKBFile       = "📄 File .md"
	btnKBHistory    = "🕘 Riwayat"
	btnKBDelete     = "🗑 Hapus"
	btnKBDeleteYes  = "🗑 Ya, hapus"
	btnCancel       = "✖️ Batal"
	btnUndo         = "↩️ Batalkan perubahan"
	btnRestore      = "↩️ v%d"
	btnAnnounceSend = "📣 Kirim"
	btnAnnounceOff  = "🔕 Berhenti menerima pengumuman"
)

var (
	msgAdminOnly       = msg{id: "Maaf, Kak, perintah ini hanya untuk pengelola layanan.", en: "Sorry, this command is for the service's administrators only."}
	msgCancelled       = msg{id: "Baik, Kak, dibatalkan.", en: "OK, cancelled."}
	msgNothingToCancel = msg{id: "Tidak ada yang sedang menunggu untuk dibatalkan, Kak.", en: "There is nothing to cancel."}
	msgSubscribedNow   = msg{id: "🔔 Kakak menerima pengumuman dari kantor layanan (misalnya kantor tutup atau persyaratan baru).", en: "🔔 You receive announcements from the office (closures, new requirements)."}
	msgUnsubscribedNow = msg{id: "Kakak belum menerima pengumuman dari kantor layanan. Mau menerima kabar seperti kantor tutup atau persyaratan baru?", en: "You don't receive the office's announcements yet. Would you like news such as closures or new requirements?"}
	msgSubscribed      = msg{id: "🔔 Baik, Kak, Kakak akan menerima pengumuman. Berhenti kapan saja dengan tombol di bawah pengumuman atau /pengumuman.", en: "🔔 Done — you will receive announcements. Stop any time with the button under an announcement or /pengumuman."}
	msgUnsubscribed    = msg{id: "🔕 Baik, Kak, Kakak tidak akan menerima pengumuman lagi. Ketik /pengumuman bila ingin menerimanya kembali.", en: "🔕 Done — you won't receive announcements any more. Type /pengumuman to receive them again."}
	btnAnnounceOn      = msg{id: "🔔 Ya, kirimi saya pengumuman", en: "🔔 Yes, send me announcements"}
)

// versionActions name the kinds of article version in the history.
var versionActions = map[string]string{"create": "dibuat", "update": "diubah", "delete": "dihapus", "restore": "dipulihkan"}

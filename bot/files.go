package bot

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"

	tg "github.com/go-telegram/bot"
)

// TelegramFiles downloads files users sent, through the Bot API: getFile,
// then <server>/file/bot<token>/<file_path>.
type TelegramFiles struct {
	API *tg.Bot
	// Client downloads the file; nil means a client with a one-minute timeout.
	Client *http.Client
}

// Fetch returns the content of a file, refusing one over maxBytes.
func (f *TelegramFiles) Fetch(ctx context.Context, fileID string, maxBytes int64) ([]byte, error) {
	file, err := f.API.GetFile(ctx, &tg.GetFileParams{FileID: fileID})
	if err != nil {
		return nil, fmt.Errorf("get file: %w", err)
	}
	if maxBytes > 0 && file.FileSize > maxBytes {
		return nil, fmt.Errorf("get file: %d bytes, over the limit of %d", file.FileSize, maxBytes)
	}
	if file.FilePath == "" {
		return nil, fmt.Errorf("get file: no file path (file too big for the Bot API?)")
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.API.FileDownloadLink(file), nil)
	if err != nil {
		return nil, fmt.Errorf("download file: %w", err)
	}
	client := f.Client
	if client == nil {
		client = &http.Client{Timeout: time.Minute}
	}
	resp, err := client.Do(req)
	if err != nil {
		// The error may quote the URL, which holds the token.
		return nil, fmt.Errorf("download file: request failed")
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("download file: status %d", resp.StatusCode)
	}
	r := io.Reader(resp.Body)
	if maxBytes > 0 {
		r = io.LimitReader(resp.Body, maxBytes+1)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("download file: read body")
	}
	if maxBytes > 0 && int64(len(data)) > maxBytes {
		return nil, fmt.Errorf("download file: over the limit of %d bytes", maxBytes)
	}
	return data, nil
}

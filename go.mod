module github.com/layananwarga/helpdesk

go 1.26.8

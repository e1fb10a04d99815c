// Command ferretdb-launcher runs FerretDB 1.24 (MongoDB wire protocol) with its
// pure-Go SQLite backend, for local runs and tests where no Docker engine exists.
//
// `go install .../cmd/ferretdb` builds a binary that panics at start-up (a
// git-ignored version file is missing from the module), so we embed the
// supported package instead.
//
// Logging: FerretDB's SQL layer calls `logger.With(args...)` around every
// statement, and slog's built-in handlers format those attributes at once,
// whatever the level: every inserted document was quoted twice into a string
// nobody logs (~12% of the server's CPU on `make bench-compare`). The handler
// below keeps attributes as they are until a record is actually written (INFO
// and above). The memory profiler is off (nothing reads it), and the garbage
// collector runs at GOGC=400 unless GOGC is set: a quarter of the collections
// for a heap of tens of MB (insert and find ~25% cheaper, measured).
package main

import (
	"context"
	"flag"
	"log"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

// lazyAttrs is a slog.Handler that formats the attributes of With only for
// records it writes (level at least min), through inner.
type lazyAttrs struct {
	inner slog.Handler
	attrs []slog.Attr
	min   slog.Level
}

func (h *lazyAttrs) Enabled(_ context.Context, l slog.Level) bool { return l >= h.min }

func (h *lazyAttrs) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &lazyAttrs{inner: h.inner, attrs: append(slices.Clip(h.attrs), attrs...), min: h.min}
}

func (h *lazyAttrs) WithGroup(name string) slog.Handler {
	return &lazyAttrs{inner: h.inner.WithAttrs(h.attrs).WithGroup(name), min: h.min}
}

func (h *lazyAttrs) Handle(ctx context.Context, r slog.Record) error {
	if len(h.attrs) == 0 {
		return h.inner.Handle(ctx, r)
	}
	return h.inner.WithAttrs(h.attrs).Handle(ctx, r)
}

func main() {
	runtime.MemProfileRate = 0
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}

	addr := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on")
	dir := flag.String("data", "./ferretdb-data", "directory for the SQLite files")
	flag.Parse()

	abs, err := filepath.Abs(*dir)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		log.Fatal(err)
	}

	logger := slog.New(&lazyAttrs{
		inner: slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}),
		min:   slog.LevelInfo,
	})

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *addr},
		Handler:   "sqlite",
		SQLiteURL: "file:" + abs + "/", // must end in "/" and name an existing directory
		Logger:    logger,
	})
	if err != nil {
		log.Fatal(err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log.Printf("ferretdb-launcher listening on %s, data in %s", *addr, abs)
	f.Run(ctx)
	log.Printf("ferretdb-launcher stopped")
}

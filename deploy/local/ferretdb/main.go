// Command ferretdb-launcher runs FerretDB 1.24 (MongoDB wire protocol) with its
// pure-Go SQLite backend, for local runs and tests where no Docker engine exists.
//
// `go install .../cmd/ferretdb` builds a binary that panics at start-up (a
// git-ignored version file is missing from the module), so we embed the
// supported package instead.
package main

import (
	"context"
	"flag"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
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

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *addr},
		Handler:   "sqlite",
		SQLiteURL: "file:" + abs + "/", // must end in "/" and name an existing directory
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

// libpq, PostgreSQL's C client (Debian's libpq-dev). No stable Swift API: only
// Sources/PostgresSource/PostgresConnection.swift includes it.
#ifndef CHURNCAST_CLIBPQ_SHIM_H
#define CHURNCAST_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif

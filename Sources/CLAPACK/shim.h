// CBLAS (from OpenBLAS's cblas.h) and the few Fortran LAPACK routines ChurnCast uses.
// This header provides no stable Swift API: only the LinearAlgebra module includes it.
// Fortran ABI (gfortran, LP64): every argument by pointer, INTEGER is 32-bit, and each
// CHARACTER argument adds a hidden trailing size_t length.
#ifndef CHURNCAST_CLAPACK_SHIM_H
#define CHURNCAST_CLAPACK_SHIM_H
#include <stddef.h>
#include <cblas.h>

/// Cholesky factorisation of a symmetric positive definite matrix.
void dpotrf_(const char *uplo, const int *n, double *a, const int *lda, int *info, size_t uplo_len);
/// Cholesky factorisation with complete pivoting of a symmetric positive semi-definite matrix (rank revealing).
void dpstrf_(const char *uplo, const int *n, double *a, const int *lda, int *piv, int *rank, const double *tol,
             double *work, int *info, size_t uplo_len);
/// Solve A X = B with the Cholesky factor from dpotrf.
void dpotrs_(const char *uplo, const int *n, const int *nrhs, const double *a, const int *lda,
             double *b, const int *ldb, int *info, size_t uplo_len);
/// Inverse of a symmetric positive definite matrix from its Cholesky factor.
void dpotri_(const char *uplo, const int *n, double *a, const int *lda, int *info, size_t uplo_len);
/// QR factorisation with column pivoting.
void dgeqp3_(const int *m, const int *n, double *a, const int *lda, int *jpvt, double *tau,
             double *work, const int *lwork, int *info);
/// Householder QR factorisation (no pivoting).
void dgeqrf_(const int *m, const int *n, double *a, const int *lda, double *tau,
             double *work, const int *lwork, int *info);
/// Multiply by Q or Q^T from dgeqrf/dgeqp3.
void dormqr_(const char *side, const char *trans, const int *m, const int *n, const int *k,
             const double *a, const int *lda, const double *tau, double *c, const int *ldc,
             double *work, const int *lwork, int *info, size_t side_len, size_t trans_len);
/// Solve a triangular system.
void dtrtrs_(const char *uplo, const char *trans, const char *diag, const int *n, const int *nrhs,
             const double *a, const int *lda, double *b, const int *ldb, int *info,
             size_t uplo_len, size_t trans_len, size_t diag_len);
/// Inverse of a triangular matrix.
void dtrtri_(const char *uplo, const char *diag, const int *n, double *a, const int *lda, int *info,
             size_t uplo_len, size_t diag_len);
/// Reciprocal condition number of a triangular matrix.
void dtrcon_(const char *norm, const char *uplo, const char *diag, const int *n, const double *a,
             const int *lda, double *rcond, double *work, int *iwork, int *info,
             size_t norm_len, size_t uplo_len, size_t diag_len);
/// Symmetric eigenvalues (and vectors).
void dsyev_(const char *jobz, const char *uplo, const int *n, double *a, const int *lda, double *w,
            double *work, const int *lwork, int *info, size_t jobz_len, size_t uplo_len);
/// Machine parameters (for tolerances).
double dlamch_(const char *cmach, size_t cmach_len);

#endif

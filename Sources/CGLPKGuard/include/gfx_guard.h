/*
 * A thin C guard around the GLPK calls that can fail fatally.
 *
 * GLPK reports a fatal error (bad index, bad data, out of memory) by printing a message and calling
 * abort(). Each gfx_* function below installs an error hook that longjmps back into that same C
 * function, frees the thread's GLPK environment and returns GFX_FATAL instead. No Swift frame ever
 * lies between setjmp and longjmp.
 *
 * After a fatal error every problem created on the calling thread is gone (glp_free_env). The
 * thread's generation counter (gfx_generation) increases, so callers can tell a stale pointer from a
 * live one without touching it.
 *
 * All terminal output of GLPK on the calling thread is captured into a per-thread buffer instead of
 * being printed; gfx_take_output() hands it over.
 */
#ifndef GFX_GUARD_H
#define GFX_GUARD_H

#include <glpk.h>

/** Returned by every guarded call when GLPK raised a fatal error. */
#define GFX_FATAL (-1)
/** Returned by every guarded call that completed. */
#define GFX_OK 0

/** Counts the GLPK environments of the calling thread; increases after each fatal error or gfx_free_env. */
unsigned long gfx_generation(void);

/** Hands over the captured GLPK output of this thread (malloc'ed, caller frees), or NULL when empty. */
char *gfx_take_output(void);

/** Creates an empty problem; NULL on failure. */
glp_prob *gfx_create_prob(void);

/** Deletes a problem. */
int gfx_delete_prob(glp_prob *P);

/**
 * Loads a whole LP in one call. Row and column arrays are 0-based (m and n entries). The nonzeros follow
 * glp_load_matrix: ia, ja and ar have nnz + 1 entries, entry 0 is ignored, ia and ja hold 1-based row and
 * column numbers. Types are GLP_FR, GLP_LO, GLP_UP, GLP_DB, GLP_FX.
 */
int gfx_load(glp_prob *P, int minimize,
             int m, const int *row_type, const double *row_lb, const double *row_ub,
             int n, const int *col_type, const double *col_lb, const double *col_ub,
             const double *obj, double obj_constant,
             int nnz, const int *ia, const int *ja, const double *ar);

/** Sets row and column names from NUL-separated concatenations (m and n names). */
int gfx_set_names(glp_prob *P, const char *row_names, const char *col_names);

/** Sets the bounds of column j (1-based). */
int gfx_set_col_bnds(glp_prob *P, int j, int type, double lb, double ub);
/** Sets the bounds of row i (1-based). */
int gfx_set_row_bnds(glp_prob *P, int i, int type, double lb, double ub);
/** Sets the objective coefficient of column j (1-based). */
int gfx_set_obj_coef(glp_prob *P, int j, double c);

/** Runs glp_simplex; *ret receives its return code. meth is GLP_PRIMAL or GLP_DUALP. tm_lim_ms <= 0: none. */
int gfx_simplex(glp_prob *P, int meth, int presolve, int tm_lim_ms, int it_lim, int *ret);

/**
 * Runs glp_interior with ordering ord_alg (GLP_ORD_AMD, GLP_ORD_SYMAMD, ...) and with every double-bounded
 * column that rests at its upper bound in rest written as x = ub - y, so that GLPK's native bound y >= 0 sits
 * where the column rests. rest has n values, 0-based: a previous interior point, or +INFINITY for a column
 * expected at its upper bound and -INFINITY elsewhere; a column rests at ub when ub - rest <= rest_tol * (ub - lb). *ret receives glp_interior's return code, *status
 * glp_ipt_status, *flipped the number of columns substituted; the solution is mapped back to P's columns and
 * rows into the 0-based arrays (n, n, m, m). P's bounds, costs and coefficients are restored exactly on return;
 * the interior-point solution GLPK keeps in P is the substituted one, so read the arrays instead.
 */
int gfx_interior_resting(glp_prob *P, int ord_alg, const double *rest, double rest_tol, int *ret, int *status,
                         int *flipped, double *obj, double *col_prim, double *col_dual, double *row_prim,
                         double *row_dual);

/** Number of nonzeros of the constraint matrix. */
int gfx_nonzero_count(glp_prob *P, int *nnz);
/**
 * Copies the constraint matrix column by column: col_start has n + 1 entries (0-based offsets into row_index
 * and value, which have nnz entries); row_index holds 0-based row numbers.
 */
int gfx_get_matrix_columns(glp_prob *P, int *col_start, int *row_index, double *value);
/** Copies the bound types and ends of rows (m) and columns (n), 0-based. */
int gfx_get_bounds(glp_prob *P, int *row_type, double *row_lb, double *row_ub, int *col_type, double *col_lb, double *col_ub);
/** Factorizes the current basis and computes its primal and dual values (glp_warm_up); *ret receives its return code. */
int gfx_warm_up(glp_prob *P, int *ret);

/** Simplex status (glp_get_status) and primal / dual status. */
int gfx_simplex_status(glp_prob *P, int *status, int *prim_stat, int *dual_stat);
/** Cumulative simplex iteration count of the problem. */
int gfx_iteration_count(glp_prob *P, int *count);

/**
 * Copies a solution out in bulk. interior != 0 reads the interior-point solution. Arrays are 0-based,
 * n for columns, m for rows; any of them may be NULL. *obj receives the objective value.
 */
int gfx_get_solution(glp_prob *P, int interior, double *obj,
                     double *col_prim, double *col_dual, double *row_prim, double *row_dual);

/** Copies the basis statuses (GLP_BS, GLP_NL, ...) of rows (m) and columns (n). */
int gfx_get_basis(glp_prob *P, int *row_stat, int *col_stat);
/** Restores basis statuses saved by gfx_get_basis. */
int gfx_set_basis(glp_prob *P, const int *row_stat, const int *col_stat);

/**
 * Columns of the inverse of the current basis matrix B (glp_ftran of unit vectors): for each of the count
 * 0-based rows in rows, m values written to columns (row k's column at columns[k*m ...]); entry i belongs to
 * the i-th basic variable, whose 0-based number (rows first, then columns) goes to head[i]. Factorizes the
 * basis first when no factorization exists; *ret receives glp_factorize's code (0 when the basis is usable).
 */
int gfx_inverse_columns(glp_prob *P, int count, const int *rows, double *columns, int *head, int *ret);

/** Writes free MPS (fmt = GLP_MPS_FILE) or CPLEX LP (fmt = 0); *ret receives GLPK's return code. */
int gfx_write(glp_prob *P, int fmt, const char *fname, int *ret);

/** Frees the calling thread's GLPK environment (every problem of this thread with it). */
void gfx_free_env(void);

#endif

#include "gfx_guard.h"

#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

static _Thread_local jmp_buf *gfx_jump = NULL;
static _Thread_local unsigned long gfx_env_generation = 1;
static _Thread_local char *gfx_out = NULL;
static _Thread_local size_t gfx_out_len = 0;
static _Thread_local size_t gfx_out_cap = 0;

enum { GFX_OUTPUT_LIMIT = 8 * 1024 * 1024 };

static int gfx_term_hook(void *info, const char *s) {
    (void)info;
    size_t len = strlen(s);
    if (gfx_out_len + len + 1 > GFX_OUTPUT_LIMIT) return 1;
    if (gfx_out_len + len + 1 > gfx_out_cap) {
        size_t cap = gfx_out_cap ? gfx_out_cap : 4096;
        while (cap < gfx_out_len + len + 1) cap *= 2;
        char *grown = realloc(gfx_out, cap);
        if (!grown) return 1;
        gfx_out = grown;
        gfx_out_cap = cap;
    }
    memcpy(gfx_out + gfx_out_len, s, len + 1);
    gfx_out_len += len;
    return 1; /* suppress GLPK's own printing */
}

static void gfx_error_hook(void *info) {
    (void)info;
    if (gfx_jump) longjmp(*gfx_jump, 1);
}

static void gfx_install_hooks(void) {
    glp_term_hook(gfx_term_hook, NULL);
    glp_error_hook(gfx_error_hook, NULL);
}

static void gfx_after_fatal(void) {
    glp_free_env();
    gfx_env_generation += 1;
}

/* Every guarded body runs between these two macros; a fatal error lands in the if-branch. */
#define GFX_BEGIN                                   \
    jmp_buf gfx_env;                                \
    jmp_buf *gfx_saved = gfx_jump;                  \
    gfx_install_hooks();                            \
    if (setjmp(gfx_env)) {                          \
        gfx_jump = gfx_saved;                       \
        gfx_after_fatal();                          \
        return GFX_FATAL;                           \
    }                                               \
    gfx_jump = &gfx_env;
#define GFX_END                                     \
    gfx_jump = gfx_saved;                           \
    return GFX_OK;

unsigned long gfx_generation(void) { return gfx_env_generation; }

char *gfx_take_output(void) {
    if (!gfx_out || gfx_out_len == 0) return NULL;
    char *text = gfx_out;
    gfx_out = NULL;
    gfx_out_len = 0;
    gfx_out_cap = 0;
    return text;
}

static int gfx_create_into(glp_prob **out) {
    GFX_BEGIN
    *out = glp_create_prob();
    GFX_END
}

glp_prob *gfx_create_prob(void) {
    glp_prob *P = NULL;
    if (gfx_create_into(&P) != GFX_OK) return NULL;
    return P;
}

int gfx_delete_prob(glp_prob *P) {
    GFX_BEGIN
    glp_delete_prob(P);
    GFX_END
}

int gfx_load(glp_prob *P, int minimize,
             int m, const int *row_type, const double *row_lb, const double *row_ub,
             int n, const int *col_type, const double *col_lb, const double *col_ub,
             const double *obj, double obj_constant,
             int nnz, const int *ia, const int *ja, const double *ar) {
    GFX_BEGIN
    glp_set_obj_dir(P, minimize ? GLP_MIN : GLP_MAX);
    if (m > 0) glp_add_rows(P, m);
    if (n > 0) glp_add_cols(P, n);
    for (int i = 0; i < m; i++) glp_set_row_bnds(P, i + 1, row_type[i], row_lb[i], row_ub[i]);
    for (int j = 0; j < n; j++) {
        glp_set_col_bnds(P, j + 1, col_type[j], col_lb[j], col_ub[j]);
        if (obj[j] != 0.0) glp_set_obj_coef(P, j + 1, obj[j]);
    }
    glp_set_obj_coef(P, 0, obj_constant);
    if (nnz > 0) glp_load_matrix(P, nnz, ia, ja, ar);
    /* Equilibration and power-of-two rounding, as glpsol does by default; the simplex works on the scaled problem. */
    glp_scale_prob(P, GLP_SF_AUTO);
    GFX_END
}

int gfx_set_names(glp_prob *P, const char *row_names, const char *col_names) {
    GFX_BEGIN
    int m = glp_get_num_rows(P), n = glp_get_num_cols(P);
    const char *s = row_names;
    for (int i = 1; i <= m; i++) { glp_set_row_name(P, i, s); s += strlen(s) + 1; }
    s = col_names;
    for (int j = 1; j <= n; j++) { glp_set_col_name(P, j, s); s += strlen(s) + 1; }
    GFX_END
}

int gfx_set_col_bnds(glp_prob *P, int j, int type, double lb, double ub) {
    GFX_BEGIN
    glp_set_col_bnds(P, j, type, lb, ub);
    GFX_END
}

int gfx_set_row_bnds(glp_prob *P, int i, int type, double lb, double ub) {
    GFX_BEGIN
    glp_set_row_bnds(P, i, type, lb, ub);
    GFX_END
}

int gfx_set_obj_coef(glp_prob *P, int j, double c) {
    GFX_BEGIN
    glp_set_obj_coef(P, j, c);
    GFX_END
}

int gfx_simplex(glp_prob *P, int meth, int presolve, int tm_lim_ms, int it_lim, int *ret) {
    GFX_BEGIN
    glp_smcp parm;
    glp_init_smcp(&parm);
    parm.msg_lev = GLP_MSG_ON;
    parm.meth = meth;
    parm.presolve = presolve ? GLP_ON : GLP_OFF;
    if (tm_lim_ms > 0) parm.tm_lim = tm_lim_ms;
    if (it_lim > 0) parm.it_lim = it_lim;
    *ret = glp_simplex(P, &parm);
    GFX_END
}

/*
 * GLPK's interior point keeps only x >= 0 as a bound of its working LP: a column with two bounds becomes
 * x - lb >= 0 plus a row x + s = ub. Where a column rests at its upper bound in consecutive hours of a chain
 * (online capacity at the plant's capacity between startup rows, a full store between soc_balance rows), the
 * chain row is then the difference of two such rows in the columns whose scaling grows without bound, the
 * normal equations lose rank, and the Cholesky solve fails GLPK's accuracy test. Substituting x = ub - y
 * (y in [0, ub - lb]) for those columns puts the native bound where they rest: the same LP, whose rows no
 * longer depend on each other there. The substitution is made in P itself (a copy would raise the peak
 * memory by the size of the problem) and undone from saved values, so P is bit for bit what it was.
 */
int gfx_interior_resting(glp_prob *P, int ord_alg, const double *rest, double rest_tol, int *ret, int *status,
                         int *flipped, double *obj, double *col_prim, double *col_dual, double *row_prim,
                         double *row_dual) {
    GFX_BEGIN
    int m = glp_get_num_rows(P), n = glp_get_num_cols(P);
    double *shift = glp_alloc(m + 1, sizeof(double));
    double *row_lb = glp_alloc(m + 1, sizeof(double)), *row_ub = glp_alloc(m + 1, sizeof(double));
    double *col_lb = glp_alloc(n + 1, sizeof(double)), *col_ub = glp_alloc(n + 1, sizeof(double));
    int *ind = glp_alloc(m + 1, sizeof(int));
    double *val = glp_alloc(m + 1, sizeof(double));
    char *flip = glp_alloc(n + 1, sizeof(char));
    double constant = glp_get_obj_coef(P, 0);
    for (int i = 1; i <= m; i++) {
        shift[i] = 0.0;
        row_lb[i] = glp_get_row_lb(P, i);
        row_ub[i] = glp_get_row_ub(P, i);
    }
    *flipped = 0;
    for (int j = 1; j <= n; j++) {
        double lb = col_lb[j] = glp_get_col_lb(P, j), ub = col_ub[j] = glp_get_col_ub(P, j);
        flip[j] = glp_get_col_type(P, j) == GLP_DB && ub - rest[j - 1] <= rest_tol * (ub - lb);
        if (!flip[j]) continue;
        *flipped += 1;
        int len = glp_get_mat_col(P, j, ind, val);
        for (int t = 1; t <= len; t++) {
            shift[ind[t]] += val[t] * ub;
            val[t] = -val[t];
        }
        glp_set_mat_col(P, j, len, ind, val);
        double cost = glp_get_obj_coef(P, j);
        glp_set_obj_coef(P, 0, glp_get_obj_coef(P, 0) + cost * ub);
        glp_set_obj_coef(P, j, -cost);
        glp_set_col_bnds(P, j, GLP_DB, 0.0, ub - lb);
    }
    for (int i = 1; i <= m; i++) {
        if (shift[i] != 0.0) glp_set_row_bnds(P, i, glp_get_row_type(P, i), row_lb[i] - shift[i], row_ub[i] - shift[i]);
    }
    glp_iptcp parm;
    glp_init_iptcp(&parm);
    parm.msg_lev = GLP_MSG_ALL;
    parm.ord_alg = ord_alg;
    *ret = glp_interior(P, &parm);
    *status = glp_ipt_status(P);
    *obj = glp_ipt_obj_val(P);
    for (int j = 1; j <= n; j++) {
        double y = glp_ipt_col_prim(P, j), d = glp_ipt_col_dual(P, j);
        col_prim[j - 1] = flip[j] ? col_ub[j] - y : y;
        col_dual[j - 1] = flip[j] ? -d : d;
    }
    for (int i = 1; i <= m; i++) {
        row_prim[i - 1] = glp_ipt_row_prim(P, i) + shift[i];
        row_dual[i - 1] = glp_ipt_row_dual(P, i);
    }
    /* Undo: negation is exact, bounds and the constant come back from the saved values. */
    for (int j = 1; j <= n; j++) {
        if (!flip[j]) continue;
        int len = glp_get_mat_col(P, j, ind, val);
        for (int t = 1; t <= len; t++) val[t] = -val[t];
        glp_set_mat_col(P, j, len, ind, val);
        glp_set_obj_coef(P, j, -glp_get_obj_coef(P, j));
        glp_set_col_bnds(P, j, GLP_DB, col_lb[j], col_ub[j]);
    }
    for (int i = 1; i <= m; i++) {
        if (shift[i] != 0.0) glp_set_row_bnds(P, i, glp_get_row_type(P, i), row_lb[i], row_ub[i]);
    }
    glp_set_obj_coef(P, 0, constant);
    glp_free(shift);
    glp_free(row_lb);
    glp_free(row_ub);
    glp_free(col_lb);
    glp_free(col_ub);
    glp_free(ind);
    glp_free(val);
    glp_free(flip);
    GFX_END
}

int gfx_nonzero_count(glp_prob *P, int *nnz) {
    GFX_BEGIN
    *nnz = glp_get_num_nz(P);
    GFX_END
}

int gfx_get_matrix_columns(glp_prob *P, int *col_start, int *row_index, double *value) {
    GFX_BEGIN
    int m = glp_get_num_rows(P), n = glp_get_num_cols(P), at = 0;
    int *ind = malloc((size_t)(m + 1) * sizeof(int));
    double *val = malloc((size_t)(m + 1) * sizeof(double));
    if (!ind || !val) {
        free(ind);
        free(val);
        glp_error("gfx_get_matrix_columns: out of memory\n");
    }
    for (int j = 1; j <= n; j++) {
        col_start[j - 1] = at;
        int len = glp_get_mat_col(P, j, ind, val);
        for (int t = 1; t <= len; t++, at++) {
            row_index[at] = ind[t] - 1;
            value[at] = val[t];
        }
    }
    col_start[n] = at;
    free(ind);
    free(val);
    GFX_END
}

int gfx_get_bounds(glp_prob *P, int *row_type, double *row_lb, double *row_ub, int *col_type, double *col_lb, double *col_ub) {
    GFX_BEGIN
    int m = glp_get_num_rows(P), n = glp_get_num_cols(P);
    for (int i = 1; i <= m; i++) {
        row_type[i - 1] = glp_get_row_type(P, i);
        row_lb[i - 1] = glp_get_row_lb(P, i);
        row_ub[i - 1] = glp_get_row_ub(P, i);
    }
    for (int j = 1; j <= n; j++) {
        col_type[j - 1] = glp_get_col_type(P, j);
        col_lb[j - 1] = glp_get_col_lb(P, j);
        col_ub[j - 1] = glp_get_col_ub(P, j);
    }
    GFX_END
}

int gfx_warm_up(glp_prob *P, int *ret) {
    GFX_BEGIN
    *ret = glp_warm_up(P);
    GFX_END
}

int gfx_simplex_status(glp_prob *P, int *status, int *prim_stat, int *dual_stat) {
    GFX_BEGIN
    *status = glp_get_status(P);
    *prim_stat = glp_get_prim_stat(P);
    *dual_stat = glp_get_dual_stat(P);
    GFX_END
}

int gfx_iteration_count(glp_prob *P, int *count) {
    GFX_BEGIN
    *count = glp_get_it_cnt(P);
    GFX_END
}

int gfx_get_solution(glp_prob *P, int interior, double *obj,
                     double *col_prim, double *col_dual, double *row_prim, double *row_dual) {
    GFX_BEGIN
    int m = glp_get_num_rows(P), n = glp_get_num_cols(P);
    *obj = interior ? glp_ipt_obj_val(P) : glp_get_obj_val(P);
    for (int j = 1; j <= n; j++) {
        if (col_prim) col_prim[j - 1] = interior ? glp_ipt_col_prim(P, j) : glp_get_col_prim(P, j);
        if (col_dual) col_dual[j - 1] = interior ? glp_ipt_col_dual(P, j) : glp_get_col_dual(P, j);
    }
    for (int i = 1; i <= m; i++) {
        if (row_prim) row_prim[i - 1] = interior ? glp_ipt_row_prim(P, i) : glp_get_row_prim(P, i);
        if (row_dual) row_dual[i - 1] = interior ? glp_ipt_row_dual(P, i) : glp_get_row_dual(P, i);
    }
    GFX_END
}

int gfx_get_basis(glp_prob *P, int *row_stat, int *col_stat) {
    GFX_BEGIN
    int m = glp_get_num_rows(P), n = glp_get_num_cols(P);
    for (int i = 1; i <= m; i++) row_stat[i - 1] = glp_get_row_stat(P, i);
    for (int j = 1; j <= n; j++) col_stat[j - 1] = glp_get_col_stat(P, j);
    GFX_END
}

int gfx_set_basis(glp_prob *P, const int *row_stat, const int *col_stat) {
    GFX_BEGIN
    int m = glp_get_num_rows(P), n = glp_get_num_cols(P);
    for (int i = 1; i <= m; i++) glp_set_row_stat(P, i, row_stat[i - 1]);
    for (int j = 1; j <= n; j++) glp_set_col_stat(P, j, col_stat[j - 1]);
    GFX_END
}

int gfx_write(glp_prob *P, int fmt, const char *fname, int *ret) {
    GFX_BEGIN
    *ret = fmt == GLP_MPS_FILE ? glp_write_mps(P, GLP_MPS_FILE, NULL, fname) : glp_write_lp(P, NULL, fname);
    GFX_END
}

void gfx_free_env(void) {
    glp_free_env();
    gfx_env_generation += 1;
}

int gfx_inverse_columns(glp_prob *P, int count, const int *rows, double *columns, int *head, int *ret) {
    GFX_BEGIN
    int m = glp_get_num_rows(P);
    *ret = glp_bf_exists(P) ? 0 : glp_factorize(P);
    if (*ret == 0) {
        for (int i = 1; i <= m; i++) head[i - 1] = glp_get_bhead(P, i) - 1;
        double *x = glp_alloc(1 + m, sizeof(double));
        for (int k = 0; k < count; k++) {
            for (int i = 1; i <= m; i++) x[i] = 0.0;
            x[rows[k] + 1] = 1.0;
            glp_ftran(P, x);
            for (int i = 1; i <= m; i++) columns[(long)k * m + i - 1] = x[i];
        }
        glp_free(x);
    }
    GFX_END
}

/* Times GLPK's interior point on one free-MPS file with a given ordering and prints one line:
 *   ordering seconds iterations return-code status objective
 * Used by Benchmarks/interior/ordering.sh to choose the ordering gridflex passes (SolverOptions.ordering). */
#include <glpk.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int hook(void *info, const char *s) { (void)info; (void)s; return 1; }

int main(int argc, char **argv) {
    if (argc != 3 || (strcmp(argv[2], "amd") && strcmp(argv[2], "symamd"))) {
        fprintf(stderr, "usage: ordering FILE.mps amd|symamd\n");
        return 64;
    }
    glp_term_hook(hook, NULL);
    glp_prob *P = glp_create_prob();
    if (glp_read_mps(P, GLP_MPS_FILE, NULL, argv[1]) != 0) { fprintf(stderr, "cannot read %s\n", argv[1]); return 1; }
    glp_iptcp parm;
    glp_init_iptcp(&parm);
    parm.ord_alg = strcmp(argv[2], "amd") ? GLP_ORD_SYMAMD : GLP_ORD_AMD;
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    int ret = glp_interior(P, &parm);
    clock_gettime(CLOCK_MONOTONIC, &b);
    double seconds = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
    const char *status = glp_ipt_status(P) == GLP_OPT ? "optimal" : "not-optimal";
    /* ret: 0 converged; GLP_EINSTAB (instability) or GLP_ENOCVG (no convergence) are the stops gridflex notes. */
    const char *stop = ret == 0 ? "converged" : ret == GLP_EINSTAB ? "instability" : ret == GLP_ENOCVG ? "no-convergence" : "other";
    printf("%s %.3f %s %s %.10e\n", argv[2], seconds, stop, status, glp_ipt_obj_val(P));
    glp_delete_prob(P);
    return 0;
}

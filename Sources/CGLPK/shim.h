/* GLPK 5.0 as shipped by Debian's libglpk-dev (no pkg-config file; header and library in default paths). */
#include <glpk.h>

/*
 * vecgen.h: operand kinds of the operations in vecops.S. An entry of the table
 * vec_ops is {kind, encoding}; the encoding uses Sd = s0, Sn = s2, Sm = s4
 * (single) or Dd = d0, Dn = d1, Dm = d2 (double), so each vector is
 * (encoding, FPSCR, d0, d1, d2) -> (d0, FPSCR).
 */
#ifndef VECGEN_H
#define VECGEN_H

#define K_BIN     1   /* Vd = Vn op Vm */
#define K_MAC     2   /* Vd = Vd +- Vn * Vm */
#define K_UN      3   /* Vd = op Vm */
#define K_CMP     4   /* compare Vd, Vm */
#define K_CMPZ    5   /* compare Vd, #0.0 */
#define K_F2I     6   /* Sd = integer of Vm */
#define K_I2F     7   /* Vd = float of the integer Sm */
#define K_F2X     8   /* Vd = fixed-point of Vd */
#define K_X2F     9   /* Vd = float of the fixed-point Vd */
#define K_S2D     10  /* Dd = double of Sm */
#define K_D2S     11  /* Sd = single of Dm */
#define K_H2S     12  /* Sd = single of a half of Sm */
#define K_S2H     13  /* a half of Sd = half of Sm */
#define K_DP      0x100   /* the floating-point operands are double */

#endif

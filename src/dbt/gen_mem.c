#include "gen.h"

bool gen_mem(struct gen *g)
{
	(void)g;
	return false;
}

/*
 * tlb_main: the guest's one binary for the address-translation workloads
 * (one static glibc instead of five): `tlb NAME ARGS...` runs NAME's main,
 * each source built with -Dmain=tlb_NAME.  The host builds each source alone.
 */
#include <stdio.h>
#include <string.h>

int tlb_randacc(int argc, char **argv);
int tlb_stride(int argc, char **argv);
int tlb_chase(int argc, char **argv);
int tlb_hashtab(int argc, char **argv);
int tlb_mixed(int argc, char **argv);

static const struct {
	const char *name;
	int (*main)(int argc, char **argv);
} tlb_progs[] = {
	{ "randacc", tlb_randacc }, { "stride", tlb_stride }, { "chase", tlb_chase },
	{ "hashtab", tlb_hashtab }, { "mixed", tlb_mixed },
};

int main(int argc, char **argv)
{
	for (size_t i = 0; argc > 1 && i < sizeof(tlb_progs) / sizeof(tlb_progs[0]); i++)
		if (strcmp(argv[1], tlb_progs[i].name) == 0)
			return tlb_progs[i].main(argc - 1, argv + 1);
	fprintf(stderr, "usage: tlb randacc|stride|chase|hashtab|mixed [ARGS...]\n");
	return 2;
}

/*
 * --net: "none", or "user" with comma-separated options in QEMU's syntax:
 *   hostfwd=[tcp|udp]:[HOSTADDR]:HOSTPORT-[GUESTADDR]:GUESTPORT (repeatable;
 *     HOSTADDR defaults to 127.0.0.1, not QEMU's any address, so that a
 *     forwarded guest service is not offered to the whole network; GUESTADDR
 *     to 10.0.2.15, the first DHCP address)
 *   restrict=on|off (or yes|no)
 *   mac=XX:XX:XX:XX:XX:XX (a unicast address)
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "net.h"

static bool net_bad(const char *arg, const char *why, const char *what)
{
	fprintf(stderr, "armvm: --net '%s': %s '%s'\n", arg, why, what);
	return false;
}

void net_options_default(struct net_options *o)
{
	static const uint8_t mac[6] = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x56 };
	memset(o, 0, sizeof(*o));
	memcpy(o->mac, mac, 6);
}

static bool parse_port(const char *s, uint16_t *port)
{
	char *end;
	unsigned long v = strtoul(s, &end, 10);
	if (*s < '0' || *s > '9' || *end || v == 0 || v > 65535)
		return false;
	*port = (uint16_t)v;
	return true;
}

/* "[ADDR]:PORT" into addr (def when empty) and port; s is modified. */
static bool parse_endpoint(char *s, uint32_t def, uint32_t *addr, uint16_t *port)
{
	char *colon = strchr(s, ':');
	struct in_addr a;

	if (!colon)
		return false;
	*colon = '\0';
	if (!*s)
		a.s_addr = def;
	else if (inet_pton(AF_INET, s, &a) != 1)
		return false;
	*addr = a.s_addr;
	return parse_port(colon + 1, port);
}

static bool parse_hostfwd(char *v, struct net_hostfwd *f)
{
	char *dash = strchr(v, '-');

	if (!strncmp(v, "tcp:", 4) || !strncmp(v, "udp:", 4)) {
		f->udp = v[0] == 'u';
		v += 4;
	}
	if (!dash || dash < v)
		return false;
	*dash = '\0';
	return parse_endpoint(v, htonl(0x7f000001), &f->host_addr, &f->host_port) &&
	       parse_endpoint(dash + 1, htonl(0x0a00020f), &f->guest_addr, &f->guest_port);
}

static bool parse_mac(const char *v, uint8_t mac[6])
{
	unsigned b[6];
	char end;
	if (strlen(v) != 17 || sscanf(v, "%2x:%2x:%2x:%2x:%2x:%2x%c", &b[0], &b[1], &b[2],
				      &b[3], &b[4], &b[5], &end) != 6)
		return false;
	for (unsigned i = 0; i < 6; i++)
		mac[i] = (uint8_t)b[i];
	return !(mac[0] & 1) && (mac[0] | mac[1] | mac[2] | mac[3] | mac[4] | mac[5]);
}

static bool parse_item(const char *arg, char *item, struct net_options *o)
{
	char *eq = strchr(item, '=');
	if (!eq)
		return net_bad(arg, "unknown option", item);
	*eq = '\0';
	char *v = eq + 1;
	if (!strcmp(item, "hostfwd")) {
		if (o->nfwd == NET_HOSTFWD_MAX)
			return net_bad(arg, "too many forwardings at", v);
		char given[128];
		snprintf(given, sizeof(given), "%s", v);
		if (!parse_hostfwd(v, &o->fwd[o->nfwd++]))
			return net_bad(arg, "hostfwd is [tcp|udp]:[HOSTADDR]:HOSTPORT-[GUESTADDR]:GUESTPORT, not", given);
	} else if (!strcmp(item, "restrict")) {
		if (!strcmp(v, "on") || !strcmp(v, "yes"))
			o->restricted = true;
		else if (!strcmp(v, "off") || !strcmp(v, "no"))
			o->restricted = false;
		else
			return net_bad(arg, "restrict is on or off, not", v);
	} else if (!strcmp(item, "mac")) {
		if (!parse_mac(v, o->mac))
			return net_bad(arg, "not a unicast MAC address (like 52:54:00:12:34:56):", v);
	} else {
		return net_bad(arg, "unknown option (available: hostfwd, restrict, mac)", item);
	}
	return true;
}

bool net_options_parse(const char *arg, struct net_options *o)
{
	net_options_default(o);
	if (!strcmp(arg, "none"))
		return true;
	if (strncmp(arg, "user", 4) || (arg[4] && arg[4] != ','))
		return net_bad(arg, "unknown network type (available: none, user) in", arg);
	o->user = true;
	char *copy = strdup(arg), *save = NULL;
	bool ok = copy != NULL;
	for (char *item = copy ? strtok_r(copy + 4, ",", &save) : NULL; ok && item;
	     item = strtok_r(NULL, ",", &save))
		ok = parse_item(arg, item, o);
	free(copy);
	return ok;
}

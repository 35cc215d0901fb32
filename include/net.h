/*
 * User-mode networking (src/host/net.c, src/host/net_options.c): libslirp
 * on the host loop's thread behind the board's LAN9118, as QEMU's
 * "-nic user": the guest's network is 10.0.2.0/24 with DHCP (addresses from
 * 10.0.2.15), the host at 10.0.2.2 and DNS at 10.0.2.3; IPv4 only.
 */
#ifndef ARMVM_NET_H
#define ARMVM_NET_H

#include <stdbool.h>
#include <stdint.h>

#define NET_HOSTFWD_MAX 16

struct net_hostfwd {
	bool udp;
	uint32_t host_addr, guest_addr;     /* network byte order */
	uint16_t host_port, guest_port;
};

/* --net none | user[,hostfwd=...][,restrict=on|off][,mac=...] */
struct net_options {
	bool user;                          /* false: no network (--net none) */
	bool restricted;                    /* the guest reaches only the host's services */
	uint8_t mac[6];
	unsigned nfwd;
	struct net_hostfwd fwd[NET_HOSTFWD_MAX];
};

/* The defaults: no network, the MAC address 52:54:00:12:34:56 (QEMU's). */
void net_options_default(struct net_options *o);
/* Parse a --net argument into o; false after one "armvm: ..." line. */
bool net_options_parse(const char *arg, struct net_options *o);

struct hostloop;
struct lan9118;
struct net;

/* Start the network for nic; NULL after one "armvm: ..." line (e.g. a
 * hostfwd port in use). */
struct net *net_start(struct hostloop *host, const struct net_options *o, struct lan9118 *nic);
/* CPU thread: hand the frames that came from the network to the NIC. */
void net_service(struct net *n);
void net_stop(struct net *n);

#endif

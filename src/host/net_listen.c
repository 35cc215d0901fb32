/*
 * Listening sockets for the gdb stub and the monitor (net_listen.h).
 */
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "net_listen.h"

static int listen_unix(const char *option, const char *spec)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	const char *path = spec + 5;
	struct stat st;
	if (!path[0] || strlen(path) >= sizeof(sa.sun_path)) {
		fprintf(stderr, "armvm: %s '%s': the path is empty or too long\n", option, spec);
		return -1;
	}
	strcpy(sa.sun_path, path);
	if (lstat(path, &st) == 0 && S_ISSOCK(st.st_mode))
		unlink(path);
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0 || listen(fd, 1) != 0) {
		fprintf(stderr, "armvm: %s '%s': cannot listen: %s\n", option, spec, strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	return fd;
}

int net_listen(const char *option, const char *spec, bool unix_ok)
{
	char host[256], *end = NULL;
	const char *colon = strrchr(spec, ':');
	struct addrinfo hints = { .ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM,
				  .ai_flags = AI_PASSIVE | AI_NUMERICSERV }, *ai = NULL;
	if (unix_ok && !strncmp(spec, "unix:", 5))
		return listen_unix(option, spec);
	bool ok = !strncmp(spec, "tcp:", 4) && colon >= spec + 4;
	long port = ok ? strtol(colon + 1, &end, 10) : 0;
	size_t hlen = ok ? (size_t)(colon - spec) - 4 : 0;

	if (!ok || !colon[1] || *end || port < 1 || port > 65535 || hlen >= sizeof(host)) {
		fprintf(stderr, "armvm: %s '%s': expected %stcp:HOST:PORT (e.g. tcp:127.0.0.1:%s)\n",
			option, spec, unix_ok ? "unix:PATH or " : "", unix_ok ? "4444" : "1234");
		return -1;
	}
	memcpy(host, spec + 4, hlen);
	host[hlen] = 0;
	if (hlen >= 2 && host[0] == '[' && host[hlen - 1] == ']') {
		memmove(host, host + 1, hlen - 2);
		host[hlen - 2] = 0;
	}
	int err = getaddrinfo(host[0] ? host : NULL, colon + 1, &hints, &ai);
	if (err) {
		fprintf(stderr, "armvm: %s '%s': %s\n", option, spec, gai_strerror(err));
		return -1;
	}
	int fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
	int one = 1;
	if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) != 0 ||
	    bind(fd, ai->ai_addr, ai->ai_addrlen) != 0 || listen(fd, 1) != 0) {
		fprintf(stderr, "armvm: %s '%s': cannot listen: %s\n", option, spec, strerror(errno));
		if (fd >= 0)
			close(fd);
		fd = -1;
	}
	freeaddrinfo(ai);
	return fd;
}

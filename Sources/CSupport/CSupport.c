#define _XOPEN_SOURCE 700
#include "CSupport.h"
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <strings.h>

int csupport_wcwidth(unsigned int codepoint) { return wcwidth((wchar_t)codepoint); }

int csupport_setlocale_is_utf8(void) {
    setlocale(LC_ALL, "");
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcasecmp(cs, "UTF-8") == 0 || strcasecmp(cs, "utf8") == 0);
}

void csupport_unblock_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGPIPE);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGQUIT);
    sigaddset(&set, SIGTSTP);
    sigaddset(&set, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

void csupport_default_sigpipe(void) { signal(SIGPIPE, SIG_DFL); }

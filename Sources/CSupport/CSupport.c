#define _XOPEN_SOURCE 700
#include "CSupport.h"
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <strings.h>
#include <stdlib.h>
#include <unistd.h>
#include <spawn.h>
#include <sys/wait.h>
#include <errno.h>
#include <stdio.h>

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

void csupport_default_interrupts(void) {
    const int sigs[] = {SIGINT, SIGQUIT};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction current;
        if (sigaction(sigs[i], NULL, &current) == 0 && current.sa_handler == SIG_IGN && !(current.sa_flags & SA_SIGINFO)) {
            signal(sigs[i], SIG_DFL);
        }
    }
}

void csupport_default_sigpipe(void) { signal(SIGPIPE, SIG_DFL); }

int csupport_set_ctype_utf8(void) {
    const char *names[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (setlocale(LC_CTYPE, names[i])) return 1;
    }
    return 0;
}

static void (*volatile g_restore)(void) = NULL;
static volatile sig_atomic_t g_restore_armed = 0;
static volatile sig_atomic_t g_caught_signal = 0;
static int g_atexit_registered = 0;

void csupport_restore_terminal(void) {
    if (g_restore_armed) {
        g_restore_armed = 0;
        if (g_restore) g_restore();
    }
}

#define CSUPPORT_MAX_SIG 65
static struct sigaction g_old_actions[CSUPPORT_MAX_SIG];

static void csupport_on_signal(int sig) {
    g_caught_signal = sig;
    csupport_restore_terminal();
    // Requests to end (Ctrl-C, kill, hang-up, Ctrl-backslash) end the process by the signal. Crashes go on to
    // whatever was installed before (the Swift runtime's crash reporter). The signal is delivered again
    // once this handler returns.
    if (sig == SIGINT || sig == SIGTERM || sig == SIGHUP || sig == SIGQUIT) {
        signal(sig, SIG_DFL);
    } else if (sig > 0 && sig < CSUPPORT_MAX_SIG) {
        sigaction(sig, &g_old_actions[sig], NULL);
    } else {
        signal(sig, SIG_DFL);
    }
    raise(sig);
}

static void csupport_at_exit(void) { csupport_restore_terminal(); }

void csupport_install_terminal_restorer(void (*restore)(void)) {
    g_restore = restore;
    g_restore_armed = 1;
    if (!g_atexit_registered) {
        g_atexit_registered = 1;
        atexit(csupport_at_exit);
    }
    const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE, SIGTRAP};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        int sig = sigs[i];
        struct sigaction current;
        if (sigaction(sig, NULL, &current) != 0) continue;
        if (current.sa_handler == csupport_on_signal) continue;  // already ours
        if (current.sa_handler == SIG_IGN && !(current.sa_flags & SA_SIGINFO)) continue;  // e.g. nohup
        g_old_actions[sig] = current;
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = csupport_on_signal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = 0;
        sigaction(sig, &sa, NULL);
    }
}

int csupport_caught_signal(void) { return (int)g_caught_signal; }

static char g_engine_context[1024] = "the model";

void csupport_set_engine_context(const char *context) {
    if (!context) return;
    strncpy(g_engine_context, context, sizeof g_engine_context - 1);
    g_engine_context[sizeof g_engine_context - 1] = 0;
}

/// Appends `text` to `out` (capacity `cap`, length `*len`) with control characters as '?'.
static void csupport_append_plain(char *out, size_t cap, size_t *len, const char *text) {
    for (const unsigned char *p = (const unsigned char *)text; *p && *len + 1 < cap; p++) {
        out[(*len)++] = (*p < 0x20 || *p == 0x7f) ? '?' : (char)*p;
    }
}

static volatile sig_atomic_t g_engine_aborting = 0;

void csupport_engine_abort(const char *message) {
    // Several of llama.cpp's threads may stop at once: the first one speaks and ends the process.
    if (__sync_lock_test_and_set(&g_engine_aborting, 1)) {
        for (;;) pause();
    }
    csupport_restore_terminal();
    // ggml's message is "file:line: text\n"; the text is what a user can act on.
    const char *text = message ? message : "unknown error";
    const char *sep = strstr(text, ": ");
    if (sep) text = sep + 2;
    char reason[2048];
    strncpy(reason, text, sizeof reason - 1);
    reason[sizeof reason - 1] = 0;
    for (size_t n = strlen(reason); n > 0 && (reason[n - 1] == '\n' || reason[n - 1] == '\r' || reason[n - 1] == ' '); n--) {
        reason[n - 1] = 0;
    }
    char line[4096];
    size_t len = 0;
    csupport_append_plain(line, sizeof line, &len, "chatsearch: llama.cpp stopped while running ");
    csupport_append_plain(line, sizeof line, &len, g_engine_context);
    csupport_append_plain(line, sizeof line, &len, ": ");
    csupport_append_plain(line, sizeof line, &len, reason);
    line[len++] = '\n';
    ssize_t ignored = write(2, line, len);
    (void)ignored;
    _exit(1);
}

extern char **environ;

int csupport_run_foreground(char *const argv[], int stdin_fd) {
    struct sigaction ignore, old_int, old_quit;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGINT, &ignore, &old_int);
    sigaction(SIGQUIT, &ignore, &old_quit);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGQUIT);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (stdin_fd >= 0) posix_spawn_file_actions_adddup2(&actions, stdin_fd, 0);
    pid_t pid;
    int rc = posix_spawnp(&pid, argv[0], &actions, &attr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    int result = -1;
    if (rc == 0) {
        int status = 0;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
        if (WIFEXITED(status)) result = WEXITSTATUS(status);
        else if (WIFSIGNALED(status)) result = 128 + WTERMSIG(status);
    }
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGQUIT, &old_quit, NULL);
    return result;
}

int csupport_private_temp_fd(const char *bytes, size_t length) {
    const char *dir = getenv("TMPDIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/chatsearch-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(path);
    if (fd < 0) return -1;
    unlink(path);
    size_t off = 0;
    while (off < length) {
        ssize_t n = write(fd, bytes + off, length - off);
        if (n < 0) {
            if (errno == EINTR) continue;
            close(fd);
            return -1;
        }
        off += (size_t)n;
    }
    lseek(fd, 0, SEEK_SET);
    return fd;
}

#ifndef CSUPPORT_H
#define CSUPPORT_H
#include <stddef.h>
#include <wchar.h>

/// Columns a character takes in the terminal (libc wcwidth, as ncurses uses); -1 if not printable.
int csupport_wcwidth(unsigned int codepoint);
/// setlocale(LC_ALL, "") and report whether the resulting codeset is UTF-8 (1) or not (0).
int csupport_setlocale_is_utf8(void);
/// Unblock the signals a parent (a test runner) may have blocked: SIGINT, SIGTERM, SIGWINCH, SIGPIPE...
void csupport_unblock_signals(void);
/// SIGINT and SIGQUIT ignored by whoever started the process (a shell does that to the jobs it starts
/// with `&`) get their default action back, so Ctrl-C, Ctrl-\ and `kill -INT` end it in every phase.
/// SIGHUP ignored (nohup) and SIGTERM ignored stay ignored.
void csupport_default_interrupts(void);
/// Restore default SIGPIPE handling so `| head` ends the process quietly.
void csupport_default_sigpipe(void);
/// setlocale(LC_CTYPE, ...) to a UTF-8 locale (C.UTF-8, C.utf8, en_US.UTF-8); 1 on success. For tests.
int csupport_set_ctype_utf8(void);
/// Register `restore` (restores the terminal) to run once: on exit (atexit), on SIGINT, SIGTERM, SIGHUP,
/// SIGQUIT and on crash signals (SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE, SIGTRAP); the signal is then
/// passed on to the handler installed before (by default the process ends by that signal). Signals that
/// were ignored (nohup) stay ignored.
void csupport_install_terminal_restorer(void (*restore)(void));
/// Run the registered restorer now if it has not run yet; later signals and exit will not run it again.
void csupport_restore_terminal(void);
/// The signal that ended the program through the restorer, or 0.
int csupport_caught_signal(void);
/// What the engine was running when it stopped (e.g. "the model /path/m.gguf"), for `csupport_engine_abort`.
void csupport_set_engine_context(const char *context);
/// For llama.cpp's fatal errors (ggml's abort callback): restores the terminal, writes one line to stderr,
/// "chatsearch: llama.cpp stopped while running <context>: <message>" (control characters shown as '?', ggml's
/// source location left out), and ends the process with status 1 instead of aborting with a backtrace.
void csupport_engine_abort(const char *message);
/// Runs `argv` (argv[0] looked up in PATH) in the foreground with `stdin_fd` as its stdin (-1: inherit),
/// stdout and stderr inherited, and waits for it. While it runs this process ignores SIGINT and SIGQUIT
/// (as system(3) does: Ctrl-C belongs to the child); the child starts with them at their defaults.
/// Returns the child's exit status, 128+n when it ended by signal n, or -1 when it could not be started.
int csupport_run_foreground(char *const argv[], int stdin_fd);
/// A private (0600) temporary file holding `length` bytes of `bytes`, already unlinked, positioned at its
/// start; -1 on failure.
int csupport_private_temp_fd(const char *bytes, size_t length);
#endif

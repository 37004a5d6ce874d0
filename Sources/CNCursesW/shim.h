#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <ncurses.h>
#include <stdio.h>
#include <wchar.h>

// Wrappers for what ncurses defines as macros (Swift does not import function-like macros) and for
// globals that Swift 6 strict concurrency rejects (stdscr, stdout, stdin).

/// newterm(NULL, stdout, stdin): unlike initscr it returns NULL instead of exiting when the terminal is unusable.
static inline SCREEN *CNCursesW_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }
static inline WINDOW *CNCursesW_stdscr(void) { return stdscr; }
static inline int CNCursesW_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int CNCursesW_getmaxx(WINDOW *w) { return getmaxx(w); }

static inline attr_t CNCursesW_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t CNCursesW_A_BOLD(void) { return A_BOLD; }
static inline attr_t CNCursesW_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t CNCursesW_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t CNCursesW_A_DIM(void) { return A_DIM; }
static inline attr_t CNCursesW_COLOR_PAIR(int n) { return (attr_t)COLOR_PAIR(n); }

/// Set the window's attributes and colour pair for the following writes.
static inline int CNCursesW_wattrset(WINDOW *w, attr_t attrs, short pair) {
    return wattr_set(w, attrs, pair, NULL);
}
static inline int CNCursesW_mvwaddnwstr(WINDOW *w, int y, int x, const wchar_t *s, int n) {
    return mvwaddnwstr(w, y, x, s, n);
}
static inline int CNCursesW_wmove(WINDOW *w, int y, int x) { return wmove(w, y, x); }

static inline int CNCursesW_KEY_CODE_YES(void) { return KEY_CODE_YES; }
static inline int CNCursesW_KEY_RESIZE(void) { return KEY_RESIZE; }
static inline int CNCursesW_KEY_UP(void) { return KEY_UP; }
static inline int CNCursesW_KEY_DOWN(void) { return KEY_DOWN; }
static inline int CNCursesW_KEY_LEFT(void) { return KEY_LEFT; }
static inline int CNCursesW_KEY_RIGHT(void) { return KEY_RIGHT; }
static inline int CNCursesW_KEY_HOME(void) { return KEY_HOME; }
static inline int CNCursesW_KEY_END(void) { return KEY_END; }
static inline int CNCursesW_KEY_PPAGE(void) { return KEY_PPAGE; }
static inline int CNCursesW_KEY_NPAGE(void) { return KEY_NPAGE; }
static inline int CNCursesW_KEY_BACKSPACE(void) { return KEY_BACKSPACE; }
static inline int CNCursesW_KEY_DC(void) { return KEY_DC; }
static inline int CNCursesW_KEY_BTAB(void) { return KEY_BTAB; }
static inline int CNCursesW_KEY_ENTER(void) { return KEY_ENTER; }
static inline int CNCursesW_KEY_F(int n) { return KEY_F(n); }
#endif

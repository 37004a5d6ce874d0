#!/usr/bin/env python3
"""Writes chatsearch's man page (roff, section 1) from the command tree swift-argument-parser describes.

    chatsearch --experimental-dump-help > help.json
    chatsearch --version > version.txt
    python3 scripts/make_manual.py help.json version.txt > chatsearch.1

Every command, argument, option, default and value list comes from the JSON, so the page says what
`--help` says; only the sections ArgumentParser has no place for (exit status, environment, files) are
written here. `man -l chatsearch.1` shows it.
"""
import json
import sys
import time


def roff(text):
    """Text as roff: backslashes and leading dots or quotes escaped, paragraphs kept."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    lines = []
    for line in text.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line if line.strip() else ".PP")
    return "\n".join(lines)


def paragraphs(text):
    """Discussion text: prose is filled by man, indented lines (examples) are kept as they are."""
    out, block = [], []
    for line in text.split("\n"):
        if line.startswith("  "):
            block.append(roff(line))
            continue
        if block:
            out += [".PP", ".nf"] + block + [".fi", ".PP"]
            block = []
        out.append(roff(line))
    if block:
        out += [".PP", ".nf"] + block + [".fi"]
    return out


def is_standard(arg, command, root):
    """--help everywhere and --version on subcommands: said once, at the top."""
    names = {n["name"] for n in arg.get("names") or []}
    return command is not root and arg["kind"] == "flag" and (names & {"help", "version"})


def flag_names(arg):
    names = []
    for n in arg.get("names") or []:
        dash = "--" if n["kind"] == "long" else "-"
        names.append(f"\\fB{dash}{n['name']}\\fR".replace("-", "\\-"))
    return ", ".join(names)


def argument_label(arg):
    value = arg.get("valueName") or ""
    if arg["kind"] == "positional":
        label = f"\\fI{value}\\fR" + ("..." if arg.get("isRepeating") else "")
    elif arg["kind"] == "option":
        label = f"{flag_names(arg)} \\fI{value}\\fR"
    else:
        label = flag_names(arg)
    return label


def arguments(command, root):
    out = []
    for arg in command.get("arguments") or []:
        if not arg.get("shouldDisplay", True) or is_standard(arg, command, root):
            continue
        out.append(".TP")
        out.append(argument_label(arg))
        help_text = arg.get("abstract") or ""
        if arg.get("discussion"):
            help_text += "\n" + arg["discussion"]
        values = arg.get("allValues")
        if values and not all(v in help_text for v in values):
            help_text += " (values: " + ", ".join(values) + ")"
        if arg.get("defaultValue") and arg["kind"] != "flag":
            help_text += f" (default: {arg['defaultValue']})"
        out.append(roff(help_text.strip()))
    return out


def synopsis(path, command):
    parts = [f"\\fB{' '.join(path)}\\fR"]
    if any(a["kind"] != "positional" for a in command.get("arguments") or []):
        parts.append("[\\fIoptions\\fR]")
    for arg in command.get("arguments") or []:
        if arg["kind"] == "positional" and arg.get("shouldDisplay", True):
            label = argument_label(arg)
            parts.append(label if not arg.get("isOptional") else f"[{label}]")
    return " ".join(parts)


def main():
    help_json, version_file = sys.argv[1], sys.argv[2]
    tool = json.load(open(help_json))["command"]
    version_lines = open(version_file).read().strip().splitlines()
    version = version_lines[0] if version_lines else ""
    name = tool["commandName"]
    date = time.strftime("%Y-%m-%d", time.gmtime())
    out = [
        f'.TH {name.upper()} 1 "{date}" "{roff(version)}" "User Commands"',
        ".nh",
        ".ad l",
        ".SH NAME",
        f"{name} \\- {roff(tool.get('abstract', ''))}",
        ".SH SYNOPSIS",
    ]
    subcommands = [c for c in tool.get("subcommands") or [] if c.get("shouldDisplay", True) and c["commandName"] != "help"]
    # The command alone runs its default subcommand, with that one's arguments.
    default_sub = next((c for c in subcommands if c["commandName"] == tool.get("defaultSubcommand")), tool)
    out.append(synopsis([name], default_sub))
    for sub in subcommands:
        out += [".br", synopsis([name, sub["commandName"]], sub)]
    out += [".SH DESCRIPTION", roff(tool.get("abstract", "")), ".PP"]
    if tool.get("discussion"):
        out += paragraphs(tool["discussion"])
    out += [".SH OPTIONS"] + arguments(tool, tool)
    if subcommands:
        out.append(".SH COMMANDS")
        default = tool.get("defaultSubcommand")
        for sub in subcommands:
            title = sub["commandName"] + (" (default)" if sub["commandName"] == default else "")
            out += [".SS " + roff(title), roff(sub.get("abstract", ""))]
            if sub.get("discussion"):
                out += [".PP"] + paragraphs(sub["discussion"])
            out += arguments(sub, tool)
    out += [
        ".SH EXIT STATUS",
        ".TP\n0\nsuccess (files that could not be read are reported on standard error and skipped)",
        ".TP\n1\nother failures (model missing or not an embedding model, index)",
        ".TP\n2\nthe full screen cannot start (\\fBTERM\\fR unset or unknown)",
        ".TP\n64\nusage error",
        ".TP\n65\nno conversation could be read (or no eval query matched)",
        ".TP\n66\na path does not exist",
        ".TP\n130\ncancelled",
        ".SH ENVIRONMENT",
        ".TP\n\\fBCHATSEARCH_MODEL\\fR\nthe model when \\fB\\-\\-model\\fR is not given (a built\\-in name or a GGUF file)",
        ".TP\n\\fBCHATSEARCH_INDEX\\fR\nthe index file when \\fB\\-\\-index\\fR is not given",
        ".TP\n\\fBCHATSEARCH_CACHE\\fR, \\fBXDG_CACHE_HOME\\fR\nthe cache folder "
        "(default \\fI~/.cache/chatsearch\\fR), which holds the default index",
        ".TP\n\\fBNO_COLOR\\fR\nthe terminal UI draws without colour",
        ".SH FILES",
        ".TP\n\\fIPREFIX/share/chatsearch/models/\\fR\nthe built\\-in models of an installed chatsearch, "
        "found relative to the program's own path",
        ".TP\n\\fIPREFIX/lib/chatsearch/\\fR\nthe llama.cpp libraries an installed chatsearch loads",
        ".TP\n\\fI~/.cache/chatsearch/index.sqlite\\fR\nthe default index",
        ".SH VERSION",
        ".nf",
        roff("\n".join(version_lines)),
        ".fi",
    ]
    print("\n".join(out))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes imprint(1) in roff (man macros) from `imprint --experimental-dump-help`: the same
option descriptions as --help, so the page cannot drift from the binary. scripts/release uses
swift-argument-parser's GenerateManual plugin first and this only where the plugin fails.

    imprint --experimental-dump-help | python3 scripts/manpage.py VERSION DATE > imprint.1

swift-argument-parser's GenerateManual plugin makes the same page from the same JSON, but it
builds a second tool in the release configuration (minutes on two cores) and needs the package
plugin machinery in CI; this script needs only Python.
"""
import json, sys


def esc(text):
    text = (text or "").replace("\\", "\\e").replace("-", "\\-")
    # A line starting with . or ' would be read as a macro.
    return "\n".join(("\\&" + line if line[:1] in (".", "'") else line) for line in text.split("\n"))


def option_names(arg):
    names = []
    for n in arg.get("names", []):
        names.append(("-" if n["kind"] == "short" else "--") + n["name"])
    return names


def synopsis(cmd, path):
    parts = [f"\\fB{path}\\fR"]
    for arg in cmd.get("arguments", []):
        if not arg.get("shouldDisplay", True) or arg["kind"] == "flag" and arg.get("names", [{}])[0].get("name") == "help":
            continue
        if arg["kind"] == "positional":
            word = f"\\fI{arg.get('valueName', 'arg')}\\fR" + ("..." if arg.get("isRepeating") else "")
        else:
            name = option_names(arg)[-1] if option_names(arg) else ""
            word = f"\\fB{esc(name)}\\fR" + (f" \\fI{arg.get('valueName')}\\fR" if arg["kind"] == "option" else "")
        parts.append(f"[{word}]" if arg.get("isOptional") else word)
    return " ".join(parts)


def options(cmd):
    out = []
    for arg in cmd.get("arguments", []):
        if not arg.get("shouldDisplay", True):
            continue
        if arg["kind"] == "positional":
            label = f"\\fI{arg.get('valueName', 'arg')}\\fR"
        else:
            label = ", ".join(f"\\fB{esc(n)}\\fR" for n in option_names(arg))
            if arg["kind"] == "option":
                label += f" \\fI{arg.get('valueName', 'value')}\\fR"
        out.append(".TP\n" + label)
        text = esc(arg.get("abstract", ""))
        if arg.get("defaultValue") not in (None, "", "false"):
            text += f" (default: {esc(arg['defaultValue'])})"
        out.append(text)
        if arg.get("discussion"):
            out.append(esc(arg["discussion"] if isinstance(arg["discussion"], str) else ""))
    return out


def main():
    version, date = sys.argv[1], sys.argv[2]
    root = json.load(sys.stdin)["command"]
    lines = [f'.TH IMPRINT 1 "{date}" "imprint {esc(version)}" "User Commands"',
             ".SH NAME", f"imprint \\- {esc(root.get('abstract', ''))}",
             ".SH SYNOPSIS", ".nf"]
    subs = [s for s in root.get("subcommands", []) if s.get("shouldDisplay", True) and s["commandName"] != "help"]
    for sub in subs:
        lines.append(synopsis(sub, "imprint " + sub["commandName"]))
    lines += ["\\fBimprint\\fR \\fB\\-\\-version\\fR", ".fi", ".SH DESCRIPTION", esc(root.get("discussion", "")).replace("\n", "\n.br\n")]
    for sub in subs:
        lines += [f".SH IMPRINT {sub['commandName'].upper()}", esc(sub.get("abstract", ""))]
        if sub.get("discussion"):
            lines += [".PP", esc(sub["discussion"]).replace("\n", "\n.br\n")]
        lines += options(sub)
    lines += [".SH EXIT STATUS", "0 success; 1 a build failed or a publication is invalid; 2 usage or I/O error.",
              ".SH SEE ALSO", "The documentation in the source repository: README.md, docs/cli.md, docs/reports.md, docs/ci.md."]
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Checks a docker-compose.yml as far as a YAML parser can, when the docker compose plugin is not installed.

Reads the file (anchors and merge keys included), interpolates ${VAR}, ${VAR:-default}, ${VAR-default},
${VAR:?message}, ${VAR?message} and $$ from the environment as Compose does, then checks the structure:
known top-level and service keys, an image or a build per service, port, duration and health check
formats, named volumes declared, and for every profile combination that each enabled service depends only
on services that are defined and enabled. Exits 1 with a list of problems, 0 when none.
Usage: check_compose.py [docker-compose.yml]
"""
import itertools
import os
import re
import sys

import yaml

TOP_LEVEL = {"version", "name", "services", "networks", "volumes", "configs", "secrets", "include"}
SERVICE_KEYS = {
    "annotations", "attach", "blkio_config", "build", "cap_add", "cap_drop", "cgroup", "cgroup_parent", "command",
    "configs", "container_name", "cpu_count", "cpu_percent", "cpu_period", "cpu_quota", "cpu_rt_period",
    "cpu_rt_runtime", "cpu_shares", "cpus", "cpuset", "credential_spec", "depends_on", "deploy", "develop",
    "device_cgroup_rules", "devices", "dns", "dns_opt", "dns_search", "domainname", "entrypoint", "env_file",
    "environment", "expose", "extends", "external_links", "extra_hosts", "group_add", "healthcheck", "hostname",
    "image", "init", "ipc", "isolation", "labels", "links", "logging", "mac_address", "mem_limit",
    "mem_reservation", "mem_swappiness", "memswap_limit", "network_mode", "networks", "oom_kill_disable",
    "oom_score_adj", "pid", "pids_limit", "platform", "ports", "privileged", "profiles", "pull_policy",
    "read_only", "restart", "runtime", "scale", "secrets", "security_opt", "shm_size", "stdin_open",
    "stop_grace_period", "stop_signal", "storage_opt", "sysctls", "tmpfs", "tty", "ulimits", "user", "userns_mode",
    "uts", "volumes", "volumes_from", "working_dir",
}
CONDITIONS = {"service_started", "service_healthy", "service_completed_successfully"}
RESTART = {"no", "always", "on-failure", "unless-stopped"}
DURATION = re.compile(r"^(\d+(\.\d+)?(us|ms|s|m|h))+$")
PORT = re.compile(r"^((\d{1,3}(\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]):)?(\d+(-\d+)?:)?\d+(-\d+)?(/(tcp|udp|sctp))?$")
PROFILE = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$")
VARIABLE = re.compile(r"\$(\$|\{([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))")
EXPRESSION = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)((:?[-?+])(.*))?$", re.S)

problems = []


def interpolate(value, where):
    """Replaces variables in every string of value, as Compose does; records missing required ones."""
    if isinstance(value, dict):
        return {k: interpolate(v, f"{where}.{k}" if where else str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [interpolate(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if not isinstance(value, str):
        return value

    def replace(match):
        if match.group(1) == "$":
            return "$"
        expression = match.group(2) if match.group(2) is not None else match.group(3)
        parsed = EXPRESSION.match(expression)
        if not parsed:
            problems.append(f"{where}: invalid interpolation ${{{expression}}}")
            return ""
        name, operator, argument = parsed.group(1), parsed.group(3), parsed.group(4) or ""
        current = os.environ.get(name)
        unset_or_empty = current is None or (current == "" and operator is not None and operator.startswith(":"))
        if operator in (":-", "-"):
            return argument if unset_or_empty else current
        if operator in (":?", "?"):
            if unset_or_empty:
                problems.append(f"{where}: required variable {name} is missing: {argument}")
                return ""
            return current
        if operator in (":+", "+"):
            return "" if unset_or_empty else argument
        return current or ""

    if "${" in value and value.count("${") != len(re.findall(r"\$\{[^}]*\}", value)):
        problems.append(f"{where}: unterminated ${{ in {value!r}")
    return VARIABLE.sub(replace, value)


def check_service(name, service, volumes):
    where = f"services.{name}"
    if not isinstance(service, dict):
        problems.append(f"{where}: must be a mapping")
        return
    for key in service:
        if key not in SERVICE_KEYS and not str(key).startswith("x-"):
            problems.append(f"{where}: unknown key {key!r}")
    if "image" not in service and "build" not in service:
        problems.append(f"{where}: needs an image or a build")
    if "restart" in service and str(service["restart"]).split(":")[0] not in RESTART:
        problems.append(f"{where}.restart: {service['restart']!r} is not one of {sorted(RESTART)}")
    for i, port in enumerate(service.get("ports", [])):
        text = str(port["target"]) if isinstance(port, dict) else str(port)
        if not PORT.match(text):
            problems.append(f"{where}.ports[{i}]: {text!r} is not a port mapping")
    environment = service.get("environment", {})
    if isinstance(environment, dict):
        for key, value in environment.items():
            if isinstance(value, (dict, list)):
                problems.append(f"{where}.environment.{key}: must be a scalar")
    elif isinstance(environment, list):
        for i, entry in enumerate(environment):
            if not isinstance(entry, str):
                problems.append(f"{where}.environment[{i}]: must be NAME=value")
    else:
        problems.append(f"{where}.environment: must be a mapping or a list")
    for i, volume in enumerate(service.get("volumes", [])):
        source = volume.get("source") if isinstance(volume, dict) else str(volume).split(":")[0]
        if source and not source.startswith(("/", ".", "~", "$")) and ":" in str(volume) and source not in volumes:
            problems.append(f"{where}.volumes[{i}]: named volume {source!r} is not declared under volumes")
    healthcheck = service.get("healthcheck")
    if healthcheck is not None:
        test = healthcheck.get("test")
        if isinstance(test, list) and (not test or test[0] not in ("CMD", "CMD-SHELL", "NONE")):
            problems.append(f"{where}.healthcheck.test: a list must start with CMD, CMD-SHELL or NONE")
        elif test is not None and not isinstance(test, (list, str)):
            problems.append(f"{where}.healthcheck.test: must be a string or a list")
        for key in ("interval", "timeout", "start_period", "start_interval"):
            if key in healthcheck and not DURATION.match(str(healthcheck[key])):
                problems.append(f"{where}.healthcheck.{key}: {healthcheck[key]!r} is not a duration")
    for i, profile in enumerate(service.get("profiles", [])):
        if not isinstance(profile, str) or not PROFILE.match(profile):
            problems.append(f"{where}.profiles[{i}]: {profile!r} is not a profile name")
    depends = service.get("depends_on", {})
    if isinstance(depends, dict):
        for other, condition in depends.items():
            if isinstance(condition, dict) and condition.get("condition", "service_started") not in CONDITIONS:
                problems.append(f"{where}.depends_on.{other}: condition must be one of {sorted(CONDITIONS)}")
    elif not isinstance(depends, list):
        problems.append(f"{where}.depends_on: must be a list or a mapping")


def dependencies(service):
    depends = service.get("depends_on", {})
    return list(depends) if isinstance(depends, (dict, list)) else []


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "docker-compose.yml"
    with open(path, encoding="utf-8") as f:
        document = yaml.safe_load(f)
    if not isinstance(document, dict):
        print(f"{path}: not a YAML mapping")
        return 1
    document = interpolate({k: v for k, v in document.items() if not str(k).startswith("x-")}, "")
    for key in document:
        if key not in TOP_LEVEL:
            problems.append(f"unknown top-level key {key!r}")
    services = document.get("services")
    if not isinstance(services, dict) or not services:
        problems.append("services: at least one service is needed")
        services = {}
    volumes = document.get("volumes") or {}
    for name, service in services.items():
        check_service(name, service, volumes)
    services = {n: s for n, s in services.items() if isinstance(s, dict)}
    all_profiles = sorted({p for s in services.values() for p in s.get("profiles", []) if isinstance(p, str)})
    for size in range(len(all_profiles) + 1):
        for active in itertools.combinations(all_profiles, size):
            enabled = {n for n, s in services.items() if not s.get("profiles") or set(s["profiles"]) & set(active)}
            for name in sorted(enabled):
                for other in dependencies(services[name]):
                    if other not in services:
                        problems.append(f"services.{name}: depends on undefined service {other!r}")
                    elif other not in enabled:
                        problems.append(f"services.{name}: depends on {other!r}, which is not enabled with "
                                        f"profiles {list(active) or ['(none)']}")
    if problems:
        print(f"{path}: invalid")
        for problem in dict.fromkeys(problems):
            print(f"  - {problem}")
        return 1
    print(f"{path}: valid ({len(services)} services, profiles: {', '.join(all_profiles) or 'none'}; "
          f"checked with {os.path.basename(sys.argv[0])}, python3 + PyYAML)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

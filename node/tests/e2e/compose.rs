//! docker/compose.yml, run outside Docker exactly as compose runs it: every service's entrypoint
//! and command with its environment, then its healthcheck. What Docker itself provides is
//! stood in for: the image's paths (`/minix/scripts/` is the repository's `scripts/`,
//! `MINIX_NODE` the binary under test), each service's own `/data` volume (a directory per
//! service) and its DNS (a service name resolves to loopback). The test checks that all four
//! validators start, listen for RPC and Prometheus on all interfaces with only the safe RPC
//! methods, pass their healthchecks, and author.

use crate::{
	common::{
		best_number, eventually, legacy_rpc, node_binary, repo_root, wait_for_rpc, Error, TempDir,
		RPC_START_TIMEOUT,
	},
	local_testnet::{all_four_author, ONE_NETWORK_AT_A_TIME},
};
use serde_yaml::Value;
use std::{
	collections::BTreeMap,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};
use subxt::{backend::rpc::RpcClient, ext::subxt_rpcs::rpc_params};

/// Where the Dockerfile copies `scripts/`.
const IMAGE_SCRIPTS: &str = "/minix/scripts/";

/// One compose service as the test runs it.
struct Service {
	name: String,
	/// entrypoint followed by command.
	argv: Vec<String>,
	env: BTreeMap<String, String>,
	/// The healthcheck's `CMD` arguments.
	healthcheck: Vec<String>,
	/// Host port → container port.
	ports: Vec<(u16, u16)>,
}

fn strings(v: &Value, what: &str) -> Result<Vec<String>, Error> {
	v.as_sequence()
		.ok_or_else(|| format!("{what} is not a list"))?
		.iter()
		.map(|s| {
			s.as_str()
				.map(str::to_owned)
				.ok_or_else(|| format!("{what}: not a string").into())
		})
		.collect()
}

/// Reads every service of docker/compose.yml (YAML merge keys applied, as compose does).
fn services() -> Result<Vec<Service>, Error> {
	let text = std::fs::read_to_string(repo_root().join("docker/compose.yml"))?;
	let mut doc: Value = serde_yaml::from_str(&text)?;
	doc.apply_merge()?;
	let services = doc["services"].as_mapping().ok_or("compose.yml has no services")?;
	let mut out = Vec::new();
	for (name, s) in services {
		let name = name.as_str().ok_or("service name")?.to_owned();
		let mut argv = strings(&s["entrypoint"], "entrypoint")?;
		argv.extend(strings(&s["command"], "command")?);
		let env = s["environment"]
			.as_mapping()
			.ok_or_else(|| format!("{name}: environment is not a map"))?
			.iter()
			.map(|(k, v)| {
				Ok((
					k.as_str().ok_or("env name")?.to_owned(),
					v.as_str().ok_or("env values are quoted strings")?.to_owned(),
				))
			})
			.collect::<Result<BTreeMap<String, String>, Error>>()?;
		let test = strings(&s["healthcheck"]["test"], "healthcheck.test")?;
		let healthcheck = match test.split_first() {
			Some((cmd, rest)) if cmd == "CMD" => rest.to_vec(),
			_ => return Err(format!("{name}: healthcheck is not [\"CMD\", ...]").into()),
		};
		let ports = strings(&s["ports"], "ports")?
			.iter()
			.map(|p| {
				let (host, container) = p.split_once(':').ok_or("ports are HOST:CONTAINER")?;
				Ok((host.parse::<u16>()?, container.parse::<u16>()?))
			})
			.collect::<Result<Vec<(u16, u16)>, Error>>()?;
		out.push(Service { name, argv, env, healthcheck, ports });
	}
	Ok(out)
}

/// An image path as the repository path it was copied from.
fn outside_image(arg: &str) -> String {
	match arg.strip_prefix(IMAGE_SCRIPTS) {
		Some(script) => repo_root().join("scripts").join(script).display().to_string(),
		None => arg.to_owned(),
	}
}

/// The service's environment outside Docker: `/data` is its own directory, a value naming a
/// service is that service's address (Docker's DNS), and the image's `MINIX_NODE` is the binary
/// under test.
fn environment(service: &Service, names: &[String], data: &Path) -> BTreeMap<String, String> {
	let mut env: BTreeMap<String, String> = service
		.env
		.iter()
		.map(|(k, v)| {
			let v = if v == "/data" {
				data.display().to_string()
			} else if names.contains(v) {
				"127.0.0.1".to_owned()
			} else {
				v.clone()
			};
			(k.clone(), v)
		})
		.collect();
	env.insert("MINIX_NODE".into(), node_binary().display().to_string());
	env
}

/// The started services, stopped (SIGTERM, then SIGKILL) on drop.
struct Running(Vec<(String, Child)>);

impl Drop for Running {
	fn drop(&mut self) {
		for (_, child) in &mut self.0 {
			let _ = Command::new("kill").arg(child.id().to_string()).status();
		}
		let deadline = Instant::now() + Duration::from_secs(20);
		for (_, child) in &mut self.0 {
			while Instant::now() < deadline && matches!(child.try_wait(), Ok(None)) {
				std::thread::sleep(Duration::from_millis(100));
			}
			let _ = child.kill();
			let _ = child.wait();
		}
	}
}

fn log_path(dir: &Path, name: &str) -> PathBuf {
	dir.join(format!("{name}.log"))
}

fn logs(dir: &Path, services: &[Service]) -> String {
	services
		.iter()
		.map(|s| {
			let log = std::fs::read_to_string(log_path(dir, &s.name)).unwrap_or_default();
			let tail: Vec<&str> = log.lines().rev().take(30).collect();
			format!("--- {} ---\n{}", s.name, tail.into_iter().rev().collect::<Vec<_>>().join("\n"))
		})
		.collect::<Vec<_>>()
		.join("\n")
}

#[tokio::test(flavor = "multi_thread")]
async fn compose_services_start_serve_safe_rpc_pass_healthchecks_and_author() -> Result<(), Error> {
	let _turn = ONE_NETWORK_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
	let services = services()?;
	let names: Vec<String> = services.iter().map(|s| s.name.clone()).collect();
	assert_eq!(names, ["alice", "bob", "charlie", "dave"], "compose runs the four validators");
	// Outside Docker every container port is a port of this machine: they must be free.
	for (host, container) in services.iter().flat_map(|s| s.ports.iter()) {
		assert_eq!(host, container, "compose publishes each port as itself");
		std::net::TcpListener::bind(("0.0.0.0", *host)).map_err(|e| {
			format!("port {host} (docker/compose.yml) is in use, stop what holds it: {e}")
		})?;
	}
	// A healthcheck fails while nothing serves its port.
	let before = Command::new(outside_image(&services[0].healthcheck[0]))
		.args(&services[0].healthcheck[1..])
		.output()?;
	assert!(!before.status.success(), "healthcheck passed with no node running");
	let dir = TempDir::new("compose");
	let mut running = Running(Vec::new());
	for s in &services {
		let data = dir.0.join(&s.name);
		std::fs::create_dir_all(&data)?;
		let log = std::fs::File::create(log_path(&dir.0, &s.name))?;
		let child = Command::new(outside_image(&s.argv[0]))
			.args(&s.argv[1..])
			.env_clear()
			.env("PATH", std::env::var_os("PATH").unwrap_or_default())
			.env("HOME", std::env::var_os("HOME").unwrap_or_default())
			.envs(environment(s, &names, &data))
			.stdout(Stdio::from(log.try_clone()?))
			.stderr(Stdio::from(log))
			.spawn()?;
		running.0.push((s.name.clone(), child));
	}
	let result = check(&services, &dir.0, &mut running).await;
	if result.is_err() {
		eprintln!("{}", logs(&dir.0, &services));
	}
	drop(running);
	result
}

async fn check(services: &[Service], dir: &Path, running: &mut Running) -> Result<(), Error> {
	let rpc_port = |s: &Service| s.ports[0].0;
	for s in services {
		let url = format!("ws://127.0.0.1:{}", rpc_port(s));
		if let Err(e) = wait_for_rpc(&url, RPC_START_TIMEOUT).await {
			for (name, child) in &mut running.0 {
				if let Ok(Some(status)) = child.try_wait() {
					return Err(format!("{name} exited ({status}) instead of serving RPC").into());
				}
			}
			return Err(e);
		}
		// RPC and Prometheus listen on all interfaces (a container's port is reached through
		// its network interface, not its loopback).
		let log = std::fs::read_to_string(log_path(dir, &s.name))?;
		let rpc_all = format!("Running JSON-RPC server: addr=0.0.0.0:{}", rpc_port(s));
		if !log.contains(&rpc_all) {
			return Err(format!("{}: no `{rpc_all}` in its log", s.name).into());
		}
		// `[::]` is the dual-stack wildcard: IPv4 and IPv6 on every interface.
		let prometheus_all = format!("Prometheus exporter started at [::]:{}", s.ports[1].0);
		if !log.contains(&prometheus_all) {
			return Err(format!("{}: no `{prometheus_all}` in its log", s.name).into());
		}
		// Only the safe methods: nobody on the network can touch the validator's keystore.
		let raw = RpcClient::from_insecure_url(&url).await?;
		let refused = raw.request::<String>("author_rotateKeys", rpc_params![]).await;
		assert!(
			refused.as_ref().is_err_and(|e| e.to_string().contains("unsafe")),
			"{}: author_rotateKeys must be refused as unsafe, got {refused:?}",
			s.name
		);
	}
	// Every healthcheck passes (bob, charlie and dave once they have peers and are in sync).
	for s in services {
		let deadline = Instant::now() + Duration::from_secs(120);
		loop {
			let out = Command::new(outside_image(&s.healthcheck[0]))
				.args(&s.healthcheck[1..])
				.output()?;
			if out.status.success() {
				break;
			}
			if Instant::now() > deadline {
				return Err(format!(
					"{}: healthcheck {:?} still fails: {}",
					s.name,
					s.healthcheck,
					String::from_utf8_lossy(&out.stderr)
				)
				.into());
			}
			tokio::time::sleep(Duration::from_secs(1)).await;
		}
	}
	all_four_author(&format!("ws://127.0.0.1:{}", rpc_port(&services[0]))).await
}

/// The JSON-array form of a Dockerfile instruction (`CMD [...]`, continuation lines joined).
fn dockerfile_array(dockerfile: &str, instruction: &str) -> Result<Vec<String>, Error> {
	let joined = dockerfile.replace("\\\n", " ");
	let line = joined
		.lines()
		.find(|l| l.starts_with(&format!("{instruction} ")))
		.ok_or_else(|| format!("Dockerfile has no {instruction}"))?;
	let array = &line[line.find('[').ok_or_else(|| format!("{instruction} is not [...]"))?..];
	Ok(serde_json::from_str(array)?)
}

/// The image's default command (`docker run minix-node`): ENTRYPOINT + CMD start a `--dev`
/// node that serves RPC on all interfaces with the safe methods, authors, and passes the
/// image's HEALTHCHECK.
#[tokio::test(flavor = "multi_thread")]
async fn dockerfile_default_command_starts_and_passes_its_healthcheck() -> Result<(), Error> {
	let _turn = ONE_NETWORK_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
	let dockerfile = std::fs::read_to_string(repo_root().join("docker/Dockerfile"))?;
	let entrypoint = dockerfile_array(&dockerfile, "ENTRYPOINT")?;
	assert_eq!(entrypoint, ["/usr/local/bin/minix-node"], "the image's entrypoint is the node");
	let cmd = dockerfile_array(&dockerfile, "CMD")?;
	let health = dockerfile_array(&dockerfile, "HEALTHCHECK")?;
	let health_port: u16 = health.last().ok_or("healthcheck port")?.parse()?;
	std::net::TcpListener::bind(("0.0.0.0", health_port))
		.map_err(|e| format!("port {health_port} (the image's RPC port) is in use: {e}"))?;
	let dir = TempDir::new("docker-cmd");
	let args: Vec<String> = cmd
		.iter()
		.map(|a| if a == "/data" { dir.0.display().to_string() } else { a.clone() })
		.collect();
	let log = std::fs::File::create(dir.0.join("node.log"))?;
	let child = Command::new(node_binary())
		.args(&args)
		.stdout(Stdio::from(log.try_clone()?))
		.stderr(Stdio::from(log))
		.spawn()?;
	let mut running = Running(vec![("dev".into(), child)]);
	let result = check_default_command(health_port, &health, &dir.0, &args, &mut running).await;
	if result.is_err() {
		eprintln!("{}", std::fs::read_to_string(dir.0.join("node.log")).unwrap_or_default());
	}
	drop(running);
	result
}

async fn check_default_command(
	port: u16,
	health: &[String],
	dir: &Path,
	args: &[String],
	running: &mut Running,
) -> Result<(), Error> {
	let url = format!("ws://127.0.0.1:{port}");
	if let Err(e) = wait_for_rpc(&url, RPC_START_TIMEOUT).await {
		if let Ok(Some(status)) = running.0[0].1.try_wait() {
			return Err(format!("the image's CMD exited ({status}): {args:?}").into());
		}
		return Err(e);
	}
	let log = std::fs::read_to_string(dir.join("node.log"))?;
	let rpc_all = format!("Running JSON-RPC server: addr=0.0.0.0:{port}");
	if !log.contains(&rpc_all) {
		return Err(format!("no `{rpc_all}` in the log").into());
	}
	let raw = RpcClient::from_insecure_url(&url).await?;
	let refused = raw.request::<String>("author_rotateKeys", rpc_params![]).await;
	assert!(refused.is_err(), "author_rotateKeys must be refused, got {refused:?}");
	let out = Command::new(outside_image(&health[0])).args(&health[1..]).output()?;
	assert!(out.status.success(), "HEALTHCHECK failed: {}", String::from_utf8_lossy(&out.stderr));
	let rpc = legacy_rpc(&url).await?;
	let rpc = &rpc;
	eventually(Duration::from_secs(60), "the dev node authors", || async move {
		Ok(best_number(rpc).await? >= 2)
	})
	.await
}

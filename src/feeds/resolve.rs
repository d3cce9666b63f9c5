//! Name resolution that checks where a name leads: a host name that
//! resolves to a loopback, private or link-local address is refused unless
//! it is one of the hosts the user subscribed to (or `fetch.allow_private`
//! is set). The client connects to the addresses checked here, so a name
//! cannot be judged on one lookup and reached through another.

use std::collections::{HashMap, HashSet};
use std::net::{IpAddr, SocketAddr, ToSocketAddrs};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};

use super::fetch::is_private;

/// The error a resolver gives reqwest.
type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The resolver every fetch client uses.
#[derive(Debug, Clone, Default)]
pub struct GuardedResolver {
    /// Host names that may resolve anywhere: the subscribed feeds' hosts.
    pub trusted: HashSet<String>,
    /// Whether any name may resolve to a private address.
    pub allow_private: bool,
    /// Fixed answers looked up before the system's resolver (like
    /// /etc/hosts; tests give public-looking names loopback addresses).
    pub hosts: HashMap<String, IpAddr>,
}

impl GuardedResolver {
    /// The addresses of `host`, or why it may not be reached.
    pub fn check(&self, host: &str, addrs: Vec<SocketAddr>) -> Result<Vec<SocketAddr>, String> {
        if addrs.is_empty() {
            return Err(format!("{host}: no address"));
        }
        if self.allow_private || self.trusted.contains(host) {
            return Ok(addrs);
        }
        match addrs.iter().find(|a| is_private(a.ip())) {
            Some(bad) => Err(format!(
                "{host} resolves to {}, a loopback, private or link-local address",
                bad.ip()
            )),
            None => Ok(addrs),
        }
    }
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().trim_end_matches('.').to_ascii_lowercase();
        let fixed = self.hosts.get(&host).copied();
        let guard = self.clone();
        Box::pin(async move {
            let addrs: Vec<SocketAddr> = match fixed {
                Some(ip) => vec![SocketAddr::new(ip, 0)],
                None => {
                    let lookup = host.clone();
                    // The system resolver blocks; it runs where blocking is allowed.
                    tokio::task::spawn_blocking(move || (lookup.as_str(), 0).to_socket_addrs())
                        .await??
                        .collect()
                }
            };
            let addrs = guard.check(&host, addrs)?;
            Ok::<Addrs, BoxError>(Box::new(addrs.into_iter()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(ip: &str) -> Vec<SocketAddr> {
        vec![SocketAddr::new(ip.parse().unwrap(), 0)]
    }

    #[test]
    fn private_answers_are_refused_unless_trusted_or_allowed() {
        let mut guard = GuardedResolver::default();
        assert!(guard.check("news.example", at("93.184.216.34")).is_ok());
        let refused = guard.check("news.example", at("127.0.0.1")).unwrap_err();
        assert!(refused.contains("127.0.0.1"), "{refused}");
        assert!(guard.check("news.example", at("10.1.2.3")).is_err());
        assert!(guard.check("news.example", at("169.254.1.1")).is_err());
        assert!(guard.check("news.example", at("fe80::1")).is_err());
        // One private address among public ones is enough to refuse.
        let mixed = [at("93.184.216.34"), at("192.168.1.1")].concat();
        assert!(guard.check("news.example", mixed.clone()).is_err());
        guard.trusted.insert("news.example".into());
        assert!(guard.check("news.example", mixed.clone()).is_ok());
        guard.trusted.clear();
        guard.allow_private = true;
        assert!(guard.check("news.example", mixed).is_ok());
    }

    #[test]
    fn localhost_resolved_by_the_system_is_refused() {
        let guard = GuardedResolver::default();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let name: Name = "localhost".parse().unwrap();
        let result = runtime.block_on(guard.resolve(name));
        let error = result.err().expect("refused").to_string();
        assert!(error.contains("loopback"), "{error}");
    }
}

//! The node side: building a [`SigningRequest`] for any call of the group account, decoding calls
//! for signers, and submitting the signed extrinsic.

use crate::{
	account_address,
	dkg::Group,
	signing::{extrinsic, CallSummary, SigningRequest, REQUEST_FORMAT},
	Error, Result,
};
use codec::{Compact, Decode};
use subxt::{
	config::DefaultExtrinsicParamsBuilder,
	ext::scale_value::{
		self,
		stringify::custom_parsers::{parse_hex, parse_ss58},
		Composite, Primitive, Value, ValueDef,
	},
	tx::{SubmittableTransaction, TransactionInvalid, TransactionUnknown, ValidationResult},
	utils::{AccountId32, MultiSignature},
	Metadata, OnlineClient, PolkadotConfig,
};

/// A client of a MiniX node.
pub type Client = OnlineClient<PolkadotConfig>;

fn node_error(e: impl core::fmt::Display) -> Error {
	Error::Chain(e.to_string())
}

/// Connects to a node (`ws://` or `wss://`).
pub async fn connect(url: &str) -> Result<Client> {
	Client::from_insecure_url(url)
		.await
		.map_err(|e| Error::Chain(format!("cannot reach {url}: {e}")))
}

/// Parses call arguments written as a SCALE value: `(Id(5Grw…), 1000)` or
/// `{ dest: Id(5Grw…), value: 1000 }`; SS58 addresses and `0x…` hex are accepted where an account
/// or bytes are expected. An empty string is no arguments.
pub fn parse_args(args: &str) -> Result<Composite<()>> {
	let text = args.trim();
	if text.is_empty() {
		return Ok(Composite::Unnamed(vec![]));
	}
	let (value, rest) = scale_value::stringify::from_str_custom()
		.add_custom_parser(parse_ss58)
		.add_custom_parser(parse_hex)
		.parse(text);
	let value = value.map_err(|e| Error::Request(format!("cannot read the arguments: {e}")))?;
	if !rest.trim().is_empty() {
		return Err(Error::Request(format!("unexpected text after the arguments: `{rest}`")));
	}
	Ok(match value.value {
		ValueDef::Composite(c) => c,
		_ => Composite::Unnamed(vec![value]),
	})
}

/// Replaces every `AccountId32` inside `value` by its SS58 address, so signers read addresses.
fn show_accounts(value: Value<u32>, metadata: &Metadata) -> Value<u32> {
	let is_account = metadata
		.types()
		.resolve(value.context)
		.is_some_and(|t| t.path.segments.last().is_some_and(|s| s == "AccountId32"));
	if is_account {
		if let Some(bytes) = bytes32(&value) {
			return Value {
				value: ValueDef::Primitive(Primitive::String(account_address(&bytes))),
				context: value.context,
			};
		}
	}
	let context = value.context;
	let value = match value.value {
		ValueDef::Composite(c) => ValueDef::Composite(map_composite(c, metadata)),
		ValueDef::Variant(mut v) => {
			v.values = map_composite(v.values, metadata);
			ValueDef::Variant(v)
		},
		other => other,
	};
	Value { value, context }
}

fn map_composite(c: Composite<u32>, metadata: &Metadata) -> Composite<u32> {
	match c {
		Composite::Named(fields) => Composite::Named(
			fields.into_iter().map(|(n, v)| (n, show_accounts(v, metadata))).collect(),
		),
		Composite::Unnamed(values) => {
			Composite::Unnamed(values.into_iter().map(|v| show_accounts(v, metadata)).collect())
		},
	}
}

fn bytes32(value: &Value<u32>) -> Option<[u8; 32]> {
	let ValueDef::Composite(c) = &value.value else { return None };
	let values: Vec<&Value<u32>> = c.values().collect();
	if let [only] = values.as_slice() {
		return bytes32(only);
	}
	let bytes: Option<Vec<u8>> =
		values.iter().map(|v| v.as_u128().and_then(|n| u8::try_from(n).ok())).collect();
	bytes?.try_into().ok()
}

fn show(value: Value<u32>, metadata: &Metadata) -> String {
	let mut text = String::new();
	let _ = scale_value::stringify::to_writer_custom()
		.compact()
		.add_custom_formatter(|v, w| scale_value::stringify::custom_formatters::format_hex(v, w))
		.write(&show_accounts(value, metadata), &mut text);
	text
}

/// Decodes a SCALE-encoded call with the chain's metadata: pallet, call and every argument.
pub fn decode_call(metadata: &Metadata, call: &[u8]) -> Result<CallSummary> {
	let bad = |why: &str| Error::Request(format!("the call does not decode: {why}"));
	let [pallet_index, call_index, rest @ ..] = call else { return Err(bad("too short")) };
	let pallet = metadata.pallet_by_index(*pallet_index).ok_or_else(|| bad("unknown pallet"))?;
	let variant = pallet.call_variant_by_index(*call_index).ok_or_else(|| bad("unknown call"))?;
	let mut input = rest;
	let mut args = Vec::new();
	for field in &variant.fields {
		let value = scale_value::scale::decode_as_type(&mut input, field.ty.id, metadata.types())
			.map_err(|e| bad(&e.to_string()))?;
		args.push(format!("{}: {}", field.name.as_deref().unwrap_or("_"), show(value, metadata)));
	}
	if !input.is_empty() {
		return Err(bad("bytes left over"));
	}
	Ok(CallSummary { pallet: pallet.name().into(), call: variant.name.clone(), args })
}

/// What the coordinator asks the group to sign.
pub struct Proposal<'a> {
	/// Pallet name as in the metadata, e.g. `Balances`.
	pub pallet: &'a str,
	/// Call name, e.g. `transfer_keep_alive`.
	pub call: &'a str,
	/// Arguments, see [`parse_args`].
	pub args: &'a str,
	/// Tip in base units.
	pub tip: u128,
	/// Valid for this many blocks from the best block; `None` is immortal.
	pub mortal_for: Option<u64>,
	/// The nonce; `None` takes the account's next nonce from the node.
	pub nonce: Option<u64>,
}

/// Builds the signing request of `proposal` for the group's account against a node's best block.
pub async fn propose(
	client: &Client,
	group: &Group,
	proposal: &Proposal<'_>,
) -> Result<SigningRequest> {
	let public_key = group.public_key_bytes()?;
	let account = AccountId32(public_key);
	let tx = subxt::dynamic::tx(proposal.pallet, proposal.call, parse_args(proposal.args)?);
	let nonce = match proposal.nonce {
		Some(n) => n,
		None => client.tx().account_nonce(&account).await.map_err(node_error)?,
	};
	let best = client.blocks().at_latest().await.map_err(node_error)?;
	let params = || {
		let builder = DefaultExtrinsicParamsBuilder::<PolkadotConfig>::new()
			.nonce(nonce)
			.tip(proposal.tip);
		match proposal.mortal_for {
			Some(n) => builder.mortal_from_unchecked(n, best.number().into(), best.hash()),
			None => builder.immortal(),
		}
		.build()
	};
	let partial = client.tx().create_v4_partial_offline(&tx, params()).map_err(node_error)?;
	// The implicit data does not depend on the call: read it off a tiny call's unhashed payload.
	let probe_call =
		subxt::dynamic::tx("System", "remark", vec![Value::from_bytes(Vec::<u8>::new())]);
	let mut probe = client
		.tx()
		.create_v4_partial_offline(&probe_call, params())
		.map_err(node_error)?;
	let template = probe
		.sign_with_account_and_signature(&account, &MultiSignature::Ed25519([0; 64]))
		.into_encoded();
	let mut input = template.as_slice();
	let _length = Compact::<u32>::decode(&mut input).map_err(|e| Error::Request(e.to_string()))?;
	// version byte, MultiAddress::Id (1 + 32), MultiSignature::Ed25519 (1 + 64)
	let after_signature = input
		.get(1 + 33 + 65..)
		.ok_or_else(|| Error::Request("the extrinsic is too short".into()))?;
	let extra = after_signature
		.strip_suffix(probe.call_data())
		.ok_or_else(|| Error::Request("the extrinsic does not end with its call".into()))?
		.to_vec();
	let probe_payload = probe.signer_payload();
	let implicit = probe_payload
		.get(probe.call_data().len() + extra.len()..)
		.filter(|_| probe_payload.len() <= 256)
		.ok_or_else(|| Error::Request("cannot read the implicit data".into()))?
		.to_vec();
	let version = client.runtime_version();
	let request = SigningRequest {
		format: REQUEST_FORMAT.into(),
		genesis_hash: hex::encode(client.genesis_hash()),
		spec_version: version.spec_version,
		transaction_version: version.transaction_version,
		address: group.address.clone(),
		public_key: group.public_key.clone(),
		nonce,
		tip: proposal.tip,
		lifetime: match proposal.mortal_for {
			Some(n) => format!("mortal for {n} blocks from block {}", best.number()),
			None => "immortal".into(),
		},
		summary: decode_call(&client.metadata(), partial.call_data())?,
		call: hex::encode(partial.call_data()),
		extra: hex::encode(extra),
		implicit: hex::encode(implicit),
		payload: hex::encode(partial.signer_payload()),
	};
	request.validate()?;
	Ok(request)
}

/// Checks a request against a node: the same chain, and the call decodes to what it shows.
pub fn check_against(client: &Client, request: &SigningRequest) -> Result<()> {
	request.validate()?;
	if hex::encode(client.genesis_hash()) != request.genesis_hash.trim_start_matches("0x") {
		return Err(Error::Request("the request is for another chain".into()));
	}
	let call = hex::decode(&request.call).map_err(|_| Error::Request("call is not hex".into()))?;
	if decode_call(&client.metadata(), &call)? != request.summary {
		return Err(Error::Request("the call is not what the request shows".into()));
	}
	Ok(())
}

/// The outcome of a submitted transaction.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Submitted {
	/// The finalized block that includes it, hex.
	pub block_hash: String,
	/// The extrinsic's hash, hex.
	pub extrinsic_hash: String,
	/// The fee paid (`TransactionPayment::TransactionFeePaid`: actual fee plus tip), base units.
	pub fee: u128,
	/// `None` when the call succeeded, else its dispatch error.
	pub error: Option<String>,
}

/// Submits the signed extrinsic and waits until it is finalized; the node's refusal (a stale
/// nonce, a bad signature, too low a balance) comes back as [`Error::Chain`].
pub async fn submit(
	client: &Client,
	request: &SigningRequest,
	signature: &[u8; 64],
) -> Result<Submitted> {
	if hex::encode(client.genesis_hash()) != request.genesis_hash.trim_start_matches("0x") {
		return Err(Error::Request("the request is for another chain".into()));
	}
	let tx = SubmittableTransaction::from_bytes(client.clone(), extrinsic(request, signature)?);
	let progress = match tx.submit_and_watch().await {
		Ok(progress) => progress,
		Err(e) => return Err(refusal(&tx, e).await),
	};
	let finalized = progress.wait_for_finalized().await.map_err(node_error)?;
	let events = finalized.fetch_events().await.map_err(node_error)?;
	let mut fee = 0;
	for event in events.iter() {
		let event = event.map_err(node_error)?;
		if event.pallet_name() == "TransactionPayment"
			&& event.variant_name() == "TransactionFeePaid"
		{
			let fields = event.field_values().map_err(node_error)?;
			let amount = |name: &str| {
				fields
					.values()
					.zip(field_names(&fields))
					.find(|(_, n)| n == name)
					.and_then(|(v, _)| v.as_u128())
			};
			fee = amount("actual_fee").unwrap_or(0) + amount("tip").unwrap_or(0);
		}
	}
	let error = match finalized.wait_for_success().await {
		Ok(_) => None,
		Err(subxt::Error::Runtime(e)) => Some(e.to_string()),
		Err(e) => return Err(node_error(e)),
	};
	Ok(Submitted {
		block_hash: hex::encode(finalized.block_hash()),
		extrinsic_hash: hex::encode(finalized.extrinsic_hash()),
		fee,
		error,
	})
}

/// The node's refusal of `tx`, with its reason: the RPC error says only "invalid transaction
/// (1010)", so the transaction is validated again to tell which rule it broke.
async fn refusal(tx: &SubmittableTransaction<PolkadotConfig, Client>, e: subxt::Error) -> Error {
	let reason = match tx.validate().await {
		Ok(ValidationResult::Invalid(why)) => invalid_reason(&why).to_string(),
		Ok(ValidationResult::Unknown(TransactionUnknown::CannotLookup)) => {
			"could not look up information needed to validate it".into()
		},
		Ok(ValidationResult::Unknown(why)) => format!("validity unknown: {why:?}"),
		Ok(ValidationResult::Valid(_)) | Err(_) => return node_error(e),
	};
	Error::Chain(format!("the node refused the transaction: {reason} ({e})"))
}

/// sp-runtime's wording of each `InvalidTransaction`, with what it means for a group.
fn invalid_reason(why: &TransactionInvalid) -> String {
	match why {
		TransactionInvalid::Stale => {
			"Transaction is outdated: its nonce was used already; propose it again".into()
		},
		TransactionInvalid::Future => {
			"Transaction will be valid in the future: an earlier nonce is still missing".into()
		},
		TransactionInvalid::Payment => {
			"Inability to pay some fees (e.g. account balance too low): fund the group".into()
		},
		TransactionInvalid::BadProof => "Transaction has a bad signature".into(),
		TransactionInvalid::AncientBirthBlock => {
			"Transaction has an ancient birth block: its era expired; propose it again".into()
		},
		TransactionInvalid::ExhaustsResources => {
			"Transaction would exhaust the block limits".into()
		},
		TransactionInvalid::Call => "Transaction call is not expected".into(),
		TransactionInvalid::BadSigner => "Invalid signing address".into(),
		TransactionInvalid::Custom(code) => format!("the runtime's custom error {code}"),
		other => format!("{other:?}"),
	}
}

fn field_names(c: &Composite<u32>) -> Vec<String> {
	match c {
		Composite::Named(fields) => fields.iter().map(|(n, _)| n.clone()).collect(),
		Composite::Unnamed(values) => values.iter().map(|_| String::new()).collect(),
	}
}

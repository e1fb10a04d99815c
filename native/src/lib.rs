//! Native hot paths of the quality service. Each function here has a pure-Python twin in
//! `services/quality/` that gives the same result; the tests compare the two on many inputs,
//! and the service falls back to the Python one when this module is not built.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyInt, PySet};
use unicode_general_category::{get_general_category, GeneralCategory as G};

// ------------------------------------------------------------------ large lookup tables

/// A read-only array in memory the kernel is asked to back with 2 MB pages (transparent huge
/// pages, `madvise`): the language-ID tables (~70 MB) are read at random, one access per byte
/// of text, and with 4 KB pages nearly every access also missed the TLB.
struct Table<T: Copy> {
    ptr: *mut T,
    len: usize,
    layout: std::alloc::Layout,
}

unsafe impl<T: Copy + Send> Send for Table<T> {}
unsafe impl<T: Copy + Sync> Sync for Table<T> {}

const HUGE: usize = 2 << 20;

#[cfg(target_os = "linux")]
extern "C" {
    fn madvise(addr: *mut std::ffi::c_void, len: usize, advice: i32) -> i32;
}

impl<T: Copy> Table<T> {
    fn from_iter<I: ExactSizeIterator<Item = T>>(items: I) -> Self {
        let len = items.len();
        let bytes = (len * std::mem::size_of::<T>()).div_ceil(HUGE).max(1) * HUGE;
        let layout = std::alloc::Layout::from_size_align(bytes, HUGE).expect("table layout");
        // SAFETY: a non-zero size; every element is written below before any is read
        let ptr = unsafe { std::alloc::alloc(layout) } as *mut T;
        if ptr.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        #[cfg(target_os = "linux")]
        unsafe {
            madvise(ptr as *mut std::ffi::c_void, bytes, 14); // MADV_HUGEPAGE; advice only
        }
        let mut n = 0;
        for (i, v) in items.enumerate().take(len) {
            unsafe { ptr.add(i).write(v) };
            n += 1;
        }
        assert_eq!(n, len, "the iterator gave fewer items than it said");
        Table { ptr, len, layout }
    }
}

impl<T: Copy> std::ops::Deref for Table<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

impl<T: Copy> Drop for Table<T> {
    fn drop(&mut self) {
        unsafe { std::alloc::dealloc(self.ptr as *mut u8, self.layout) };
    }
}

/// A multiplicative hash for small integer keys (feature ids): SipHash cost more than the walk.
#[derive(Default, Clone, Copy)]
struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_i32(&mut self, v: i32) {
        self.0 = (v as u32 as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// FxHash's word-at-a-time mixing, for the repetition statistics' word and n-gram maps (the
/// default SipHash was ~3% of the quality checks' instructions). Only speed depends on it:
/// every figure is independent of a map's iteration order.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }
    fn write_u8(&mut self, v: u8) {
        self.add(v as u64);
    }
    fn write_u32(&mut self, v: u32) {
        self.add(v as u64);
    }
    fn write_u64(&mut self, v: u64) {
        self.add(v);
    }
    fn write_usize(&mut self, v: usize) {
        self.add(v as u64);
    }
}

type IdMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<IdHasher>>;
type FxMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;

// ------------------------------------------------------------------ language identification

/// py3langid's byte automaton, walked over a text: the state after each byte, the feature
/// that state emits (if any), and each feature's count, in first-seen order (py3langid's
/// `Counter`). The scores stay in numpy, so that they are py3langid's bit for bit.
#[pyclass(frozen)]
struct LangIdWalk {
    nextmove: Table<u32>,
    rowbase: Vec<u64>,
    output: Vec<i32>,
    states: Table<(u32, i32)>, // per state: its row offset and the feature it emits, side by side
}

fn read_u64s(b: &[u8]) -> Vec<u64> {
    b.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().unwrap())).collect()
}

#[pymethods]
impl LangIdWalk {
    /// nextmove: the transition table (little-endian unsigned, `itemsize` bytes each);
    /// rowbase: each state's row offset (u64, already shifted by 8); output: the feature id a
    /// state emits or -1 (i64).
    #[new]
    fn new(nextmove: &[u8], itemsize: usize, rowbase: &[u8], output: &[u8]) -> PyResult<Self> {
        let nextmove: Vec<u32> = match itemsize {
            2 => nextmove.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]]) as u32).collect(),
            4 => nextmove.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().unwrap())).collect(),
            _ => return Err(PyValueError::new_err("nextmove itemsize must be 2 or 4")),
        };
        let rowbase = read_u64s(rowbase);
        let output: Vec<i32> = read_u64s(output).into_iter().map(|v| v as i64 as i32).collect();
        if output.len() != rowbase.len() || rowbase.is_empty() {
            return Err(PyValueError::new_err("output and rowbase differ in length"));
        }
        for (i, &row) in rowbase.iter().enumerate() {
            if row as usize + 256 > nextmove.len() {
                return Err(PyValueError::new_err(format!("state {i}'s row is outside nextmove")));
            }
        }
        if nextmove.iter().any(|&s| s as usize >= rowbase.len()) {
            return Err(PyValueError::new_err("nextmove names a state that does not exist"));
        }
        if rowbase.iter().any(|&r| r > u32::MAX as u64) {
            return Err(PyValueError::new_err("a row offset beyond u32"));
        }
        let states = Table::from_iter(rowbase.iter().zip(&output).map(|(&r, &f)| (r as u32, f)));
        let nextmove = Table::from_iter(nextmove.into_iter());
        Ok(LangIdWalk { nextmove, rowbase, output, states })
    }

    /// (feature ids as int64 bytes, their counts as float32 bytes), in first-seen order.
    fn visits<'py>(&self, py: Python<'py>, data: &[u8]) -> (Bound<'py, PyBytes>, Bound<'py, PyBytes>) {
        let (ids, counts) = py.allow_threads(|| self.walk(data));
        let ids: Vec<u8> = ids.iter().flat_map(|&f| (f as i64).to_le_bytes()).collect();
        let counts: Vec<u8> = counts.iter().flat_map(|&c| (c as f32).to_le_bytes()).collect();
        (PyBytes::new(py, &ids), PyBytes::new(py, &counts))
    }
}

impl LangIdWalk {
    /// ``walk`` of each text, the texts walked side by side in groups of ``WALK_GROUP``: one
    /// walk is a chain of dependent loads from a ~40 MB table (each state's row is known only
    /// once the previous byte's load returns, ~80 ns on a cache miss), and walks of different
    /// texts are independent, so interleaving them keeps several misses in flight at once.
    fn walk_many(&self, texts: &[&[u8]]) -> Vec<(Vec<i32>, Vec<u32>)> {
        const WALK_GROUP: usize = 8;
        let (nextmove, states) = (&*self.nextmove, &*self.states);
        let mut out = Vec::with_capacity(texts.len());
        for group in texts.chunks(WALK_GROUP) {
            let g = group.len();
            let mut state = [0usize; WALK_GROUP];
            let mut order: Vec<Vec<i32>> = vec![Vec::new(); g];
            let mut counts: Vec<Vec<u32>> = vec![Vec::new(); g];
            let mut slots: Vec<IdMap<i32, usize>> = (0..g).map(|_| IdMap::default()).collect();
            let longest = group.iter().map(|t| t.len()).max().unwrap_or(0);
            for j in 0..longest {
                for k in 0..g {
                    let Some(&b) = group[k].get(j) else { continue };
                    let next = nextmove[states[state[k]].0 as usize + b as usize] as usize;
                    state[k] = next;
                    let f = states[next].1;
                    if f >= 0 {
                        let (o, c) = (&mut order[k], &mut counts[k]);
                        let i = *slots[k].entry(f).or_insert_with(|| {
                            o.push(f);
                            c.push(0);
                            o.len() - 1
                        });
                        c[i] += 1;
                    }
                }
            }
            out.extend(order.into_iter().zip(counts));
        }
        out
    }

    fn walk(&self, data: &[u8]) -> (Vec<i32>, Vec<u32>) {
        let mut order: Vec<i32> = Vec::new();
        let mut counts: Vec<u32> = Vec::new();
        let mut slot: IdMap<i32, usize> = IdMap::default();
        let mut state: usize = 0;
        let (nextmove, states) = (&*self.nextmove, &*self.states);
        for &b in data {
            state = nextmove[states[state].0 as usize + b as usize] as usize;
            let f = states[state].1;
            if f >= 0 {
                let i = *slot.entry(f).or_insert_with(|| {
                    order.push(f);
                    counts.push(0);
                    order.len() - 1
                });
                counts[i] += 1;
            }
        }
        (order, counts)
    }
}

/// IEEE half precision to single (exact: every f16 is an f32).
fn f16_to_f32(h: u16) -> f32 {
    let sign = ((h as u32) & 0x8000) << 16;
    let exp = ((h >> 10) & 0x1f) as u32;
    let mant = (h as u32) & 0x3ff;
    match exp {
        0 => {
            let v = mant as f32 * f32::from_bits(0x3380_0000); // mant * 2^-24, exact
            if sign != 0 { -v } else { v }
        }
        31 => f32::from_bits(sign | 0x7f80_0000 | (mant << 13)),
        _ => f32::from_bits(sign | ((exp + 112) << 23) | (mant << 13)),
    }
}

/// py3langid's whole `classify` (walk, feature counts, naive Bayes scores, alias pairs,
/// argmax) in one call, when its answer is certain. py3langid scores in float32 (numpy's
/// `log1p(counts) @ nb_ptc[ids] + nb_pc`, summed in BLAS's order); so are the scores here,
/// in another order. Any float32 evaluation of such a sum is within
/// (gamma_{n+1} + log1p's error) * sum |terms| of the exact value (Higham, "Accuracy and
/// Stability of Numerical Algorithms", 2nd ed., 4.2), and every term has the same sign
/// (nb_ptc holds log-probabilities, all negative; counts are >= 1), so sum |terms| is
/// |score - nb_pc|. The winner is returned only when its score minus twice its bound (ours
/// and numpy's each within one bound of the exact value; a further factor 2 for safety) beats
/// every other score plus twice that one's: then numpy's argmax is this one. Otherwise -1,
/// and the caller runs the numpy scoring.
#[pyclass(frozen)]
struct LangIdScorer {
    walk: Py<LangIdWalk>,
    ptc: Table<u16>, // features x classes, float16 bits (every one a normal number)
    pc: Vec<f32>,
    classes: usize,
    aliases: Vec<(usize, usize)>,
    floor: f32,
}

#[pymethods]
impl LangIdScorer {
    /// ptc: nb_ptc as little-endian float16 bytes (features x classes, C order); pc: nb_pc as
    /// little-endian float32; aliases: py3langid's `_alias_pairs`; floor: RAW_FLOOR.
    #[new]
    fn new(walk: Py<LangIdWalk>, ptc: &[u8], pc: &[u8], aliases: Vec<(usize, usize)>, floor: f32) -> PyResult<Self> {
        let pc: Vec<f32> = pc.chunks_exact(4).map(|c| f32::from_le_bytes(c.try_into().unwrap())).collect();
        let classes = pc.len();
        let ptc = Table::from_iter(ptc.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])));
        if classes == 0 || ptc.len() % classes != 0 {
            return Err(PyValueError::new_err("nb_ptc's size is not a multiple of the classes"));
        }
        let normal = |h: u16| (1..31).contains(&((h >> 10) & 0x1f));
        if ptc.iter().any(|&h| !normal(h) || f16_to_f32(h) > 0.0) || pc.iter().any(|w| !w.is_finite()) {
            return Err(PyValueError::new_err("nb_ptc must hold normal, negative log-probabilities"));
        }
        let features = ptc.len() / classes;
        if walk.get().output.iter().any(|&f| f >= 0 && f as usize >= features) {
            return Err(PyValueError::new_err("the automaton emits a feature nb_ptc has no row for"));
        }
        if aliases.iter().any(|&(i, j)| i >= classes || j >= classes) {
            return Err(PyValueError::new_err("an alias pair names a class that does not exist"));
        }
        Ok(LangIdScorer { walk, ptc, pc, classes, aliases, floor })
    }

    /// The index of the class py3langid's `classify` picks for these bytes (its `_encode`d
    /// text), or -1 when float32 rounding could decide it (or the text has no feature).
    fn classify(&self, py: Python<'_>, data: &[u8]) -> i64 {
        let walk = self.walk.get();
        py.allow_threads(|| {
            let (ids, counts) = walk.walk(data);
            self.decide(&ids, &counts)
        })
    }

    /// ``classify`` of each text (the same answers), their walks interleaved
    /// (``LangIdWalk.walk_many``).
    fn classify_many<'py>(&self, py: Python<'py>, texts: Vec<Bound<'py, PyBytes>>) -> Vec<i64> {
        let walk = self.walk.get();
        let data: Vec<&[u8]> = texts.iter().map(|t| t.as_bytes()).collect();
        py.allow_threads(|| walk.walk_many(&data).iter().map(|(ids, counts)| self.decide(ids, counts)).collect())
    }
}

impl LangIdScorer {
    fn decide(&self, ids: &[i32], counts: &[u32]) -> i64 {
        if ids.is_empty() {
            return -1;
        }
        let k = self.classes;
        let mut terms = vec![0f32; k];
        // the rows are read at random from a ~28 MB table: ask for the next ones' cache lines
        // while this one is summed
        const AHEAD: usize = 4;
        let prefetch = |f: i32| {
            #[cfg(target_arch = "x86_64")]
            {
                let row = &self.ptc[f as usize * k..f as usize * k + k];
                let mut off = 0;
                while off < row.len() {
                    // SAFETY: a prefetch is a hint; the address is inside the row
                    unsafe {
                        std::arch::x86_64::_mm_prefetch(row.as_ptr().add(off) as *const i8, std::arch::x86_64::_MM_HINT_T0)
                    };
                    off += 32; // 64-byte lines of u16
                }
            }
            #[cfg(not(target_arch = "x86_64"))]
            let _ = f;
        };
        for &f in ids.iter().take(AHEAD) {
            prefetch(f);
        }
        for (n, (&f, &c)) in ids.iter().zip(counts).enumerate() {
            if let Some(&ahead) = ids.get(n + AHEAD) {
                prefetch(ahead);
            }
            let l = (c as f32).ln_1p();
            let row = &self.ptc[f as usize * k..f as usize * k + k];
            for (s, &h) in terms.iter_mut().zip(row) {
                // a normal float16 to float32, branch free (so the loop vectorises): the
                // exponent rebiased (+112), the mantissa widened
                let w = f32::from_bits((((h as u32) & 0x8000) << 16) | ((((h as u32) & 0x7fff) << 13) + (112 << 23)));
                *s += l * w;
            }
        }
        let u = f64::powi(2.0, -24);
        let n = ids.len() as f64 + 2.0;
        // one bound: summation (gamma_n) and log1p (a few ulps), doubled for safety; then twice
        // that (our evaluation and numpy's)
        let rel = 2.0 * 2.0 * (n * u / (1.0 - n * u) + 8.0 * u) * 1.01;
        let mut score: Vec<f64> = terms.iter().zip(&self.pc).map(|(&t, &p)| (t + p) as f64).collect();
        let mut bound: Vec<f64> = terms.iter().zip(&self.pc).map(|(&t, &p)| rel * ((t as f64).abs() + (p as f64).abs())).collect();
        let floor = self.floor as f64;
        for &(i, j) in &self.aliases {
            if score[j] > score[i] {
                score[i] = score[j];
            }
            bound[i] = bound[i].max(bound[j]);
            score[j] = floor;
            bound[j] = 0.0;
        }
        let mut best = 0;
        for c in 1..k {
            if score[c] > score[best] {
                best = c;
            }
        }
        let low = score[best] - bound[best];
        for c in 0..k {
            if c != best && !(low > score[c] + bound[c]) {
                return -1;
            }
        }
        best as i64
    }
}

// ------------------------------------------------------------------ dedup signatures

const M1: u64 = 0x9E37_79B9_7F4A_7C15;
const M2: u64 = 0xC2B2_AE3D_27D4_EB4F;
const K: u64 = 0x0000_0100_0000_01B3;
const BINS: usize = 64;
const BANDS: usize = 16;
const ROWS: usize = BINS / BANDS;

/// splitmix64's finaliser (`services.quality.dedup._mix`).
fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// `services.quality.dedup`'s band keys for one normalised text (words separated by single
/// spaces): word hashes sum((b + 1) K^j), word 3-shingles, densified one-permutation MinHash
/// over 64 bins, 16 bands of 4 bins mixed to one key each. Bit for bit the numpy version.
fn band_keys(text: &[u8], out: &mut [u64]) {
    let mut words: Vec<u64> = Vec::new();
    for word in text.split(|&b| b == b' ' || b == b'\n').filter(|w| !w.is_empty()) {
        let mut h: u64 = 0;
        for &b in word.iter().rev() {
            h = h.wrapping_mul(K).wrapping_add(b as u64 + 1);
        }
        words.push(h);
    }
    let at = |i: usize| if i < words.len() { words[i] } else { 0 };
    let shingles = words.len().saturating_sub(2).max(1);
    let mut minima = [u64::MAX; BINS];
    for j in 0..shingles {
        let s = mix(at(j).wrapping_mul(M1).wrapping_add(at(j + 1).wrapping_mul(M2)).wrapping_add(at(j + 2)));
        let bin = (s >> 58) as usize;
        let low = s & ((1u64 << 58) - 1);
        if low < minima[bin] {
            minima[bin] = low;
        }
    }
    let mut filled = minima;
    for b in 0..BINS {
        if minima[b] != u64::MAX {
            continue;
        }
        for d in 1..BINS {
            let source = minima[(b + d) % BINS];
            if source != u64::MAX {
                filled[b] = source.wrapping_add((d as u64).wrapping_mul(M1));
                break;
            }
        }
    }
    for (band, key) in out.iter_mut().enumerate() {
        let mut h: u64 = 0;
        for r in 0..ROWS {
            h = mix(h.wrapping_mul(M1).wrapping_add(filled[band * ROWS + r]).wrapping_add(r as u64 + 1));
        }
        *key = mix(h.wrapping_add((band as u64 + 1).wrapping_mul(M2)));
    }
}

/// The 16 band keys of each normalised text, as little-endian u64 bytes (texts x 16).
#[pyfunction]
fn minhash_bands<'py>(py: Python<'py>, texts: Vec<Bound<'py, PyBytes>>) -> Bound<'py, PyBytes> {
    let mut keys = vec![0u64; texts.len() * BANDS];
    for (t, out) in texts.iter().zip(keys.chunks_exact_mut(BANDS)) {
        band_keys(t.as_bytes(), out);
    }
    let bytes: Vec<u8> = keys.iter().flat_map(|k| k.to_le_bytes()).collect();
    PyBytes::new(py, &bytes)
}

// ------------------------------------------------------------------ repetition statistics

/// Python's `str.isalnum() or "_"`: the characters `re`'s `\w` matches in a str pattern.
fn is_py_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    matches!(
        get_general_category(c),
        G::UppercaseLetter | G::LowercaseLetter | G::TitlecaseLetter | G::ModifierLetter | G::OtherLetter
            | G::DecimalNumber | G::LetterNumber | G::OtherNumber
    )
}

/// Python's `str.isspace()`: Rust's White_Space plus the separators U+001C..U+001F.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `text.split("\n")`, each line stripped (Python's whitespace), empty lines dropped.
fn nonempty_lines(text: &str) -> Vec<&str> {
    text.split('\n').map(|l| l.trim_matches(is_py_space)).filter(|l| !l.is_empty()).collect()
}

/// Gopher's repetition measures, as `services.quality.checks.content.repetition_stats`
/// computes them: (dup_line_frac, top_2gram_char_frac, top_3gram_char_frac,
/// top_4gram_char_frac, dup_5gram_char_frac).
fn repetition(text: &str) -> [f64; 5] {
    let lines = nonempty_lines(text);
    let mut line_counts: FxMap<&str, u32> = FxMap::default();
    for l in &lines {
        *line_counts.entry(l).or_insert(0) += 1;
    }
    let dup_lines: u32 = line_counts.values().filter(|&&c| c > 1).sum();
    let dup_line_frac = if lines.is_empty() { 0.0 } else { dup_lines as f64 / lines.len() as f64 };

    // words of the lower-cased text: ids by first occurrence, and their lengths in characters
    let lower = text.to_lowercase();
    let mut spans: Vec<(usize, usize, u64)> = Vec::new(); // byte start, byte end, characters
    let mut start: Option<(usize, u64)> = None;
    for (i, c) in lower.char_indices() {
        if is_py_word(c) {
            start = Some(match start {
                Some((s, n)) => (s, n + 1),
                None => (i, 1),
            });
        } else if let Some((s, n)) = start.take() {
            spans.push((s, i, n));
        }
    }
    if let Some((s, n)) = start {
        spans.push((s, lower.len(), n));
    }
    let mut ids: FxMap<&str, u32> = FxMap::with_capacity_and_hasher(spans.len(), Default::default());
    let mut words: Vec<u32> = Vec::with_capacity(spans.len());
    let mut lengths: Vec<u64> = Vec::with_capacity(spans.len());
    for &(s, e, n) in &spans {
        let next = ids.len() as u32;
        words.push(*ids.entry(&lower[s..e]).or_insert(next));
        lengths.push(n);
    }
    let total_len: u64 = lengths.iter().sum();
    let total = if total_len == 0 { 1.0 } else { total_len as f64 };

    let mut out = [dup_line_frac, 0.0, 0.0, 0.0, 0.0];
    // starts of n-grams that may occur more than once (every start, for n = 2)
    let mut starts: Vec<usize> = (0..words.len().saturating_sub(1)).collect();
    for n in 2..=5usize {
        starts.retain(|&i| i + n <= words.len());
        let mut counts: FxMap<&[u32], (u32, usize)> = FxMap::default(); // gram -> (count, first seen rank)
        for (rank, &i) in starts.iter().enumerate() {
            let e = counts.entry(&words[i..i + n]).or_insert((0, rank));
            e.0 += 1;
        }
        if n < 5 {
            // Counter.most_common(1): the highest count, the first seen among equals
            let mut best: Option<(&[u32], u32, usize)> = None;
            for (g, &(c, r)) in &counts {
                if best.map_or(true, |(_, bc, br)| c > bc || (c == bc && r < br)) {
                    best = Some((g, c, r));
                }
            }
            if let Some((g, c, _)) = best {
                if c > 1 {
                    let start = starts[best.unwrap().2];
                    let chars: u64 = lengths[start..start + g.len()].iter().sum();
                    out[n - 1] = (c as u64 * chars) as f64 / total;
                }
            }
        }
        starts.retain(|&i| counts[&words[i..i + n]].0 > 1);
        if n == 5 && !starts.is_empty() {
            let mut covered = vec![false; words.len()];
            for &i in &starts {
                for flag in &mut covered[i..i + 5] {
                    *flag = true;
                }
            }
            let dup: u64 = lengths.iter().zip(&covered).filter(|(_, &c)| c).map(|(l, _)| l).sum();
            out[4] = dup as f64 / total;
        }
    }
    out
}

#[pyfunction]
fn repetition_stats(py: Python<'_>, text: &str) -> (f64, f64, f64, f64, f64) {
    let r = py.allow_threads(|| repetition(text));
    (r[0], r[1], r[2], r[3], r[4])
}

// ------------------------------------------------------------------ per-message facts

/// What the general checks read of one message, in one pass over its characters (the Python
/// twin is ``services.quality.checks.view.py_text_stats``): (words, sample_words,
/// sample_visible, sample_ascii_letters, sample_is_ascii, has_control, replacements), where
/// ``sample = text[:sample_chars]``: ``len(text.split())``, ``len(sample.split())``,
/// ``sum(map(len, sample.split()))``, the ASCII letters of the sample, ``sample.isascii()``,
/// whether ``text`` holds a control character ``[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]`` and
/// ``text.count("\ufffd")``.
#[pyfunction]
fn text_stats(text: &str, sample_chars: usize) -> (u64, u64, u64, u64, bool, bool, u64) {
    let (mut words, mut sample_words, mut visible, mut letters) = (0u64, 0u64, 0u64, 0u64);
    let (mut ascii, mut control, mut replacements) = (true, false, 0u64);
    let mut in_word = false;
    if text.is_ascii() {
        for (i, &b) in text.as_bytes().iter().enumerate() {
            let space = matches!(b, b' ' | b'\t'..=b'\r' | 0x1c..=0x1f);
            let sample = i < sample_chars;
            if !space {
                if !in_word {
                    words += 1;
                    sample_words += sample as u64;
                }
                visible += sample as u64;
                letters += (sample && b.is_ascii_alphabetic()) as u64;
            }
            in_word = !space;
            control |= matches!(b, 0..=8 | 0x0b | 0x0c | 0x0e..=0x1f | 0x7f);
        }
    } else {
        for (i, c) in text.chars().enumerate() {
            let space = is_py_space(c);
            let sample = i < sample_chars;
            if !space {
                if !in_word {
                    words += 1;
                    sample_words += sample as u64;
                }
                visible += sample as u64;
                letters += (sample && c.is_ascii_alphabetic()) as u64;
            }
            in_word = !space;
            ascii &= !sample || c.is_ascii();
            control |= matches!(c, '\0'..='\x08' | '\x0b' | '\x0c' | '\x0e'..='\x1f' | '\x7f');
            replacements += (c == '\u{fffd}') as u64;
        }
    }
    (words, sample_words, visible, letters, ascii, control, replacements)
}

// ------------------------------------------------------------------ literal scanning

/// Every literal of a list, found in a text in one Aho-Corasick pass: the set of the
/// indices of the literals that occur (overlapping occurrences included).
#[pyclass(frozen)]
struct Literals {
    automaton: AhoCorasick,
    n: usize,
}

#[pymethods]
impl Literals {
    #[new]
    fn new(literals: Vec<String>) -> PyResult<Self> {
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&literals)
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok(Literals { automaton, n: literals.len() })
    }

    fn scan<'py>(&self, py: Python<'py>, text: &str) -> PyResult<Bound<'py, PySet>> {
        let found = py.allow_threads(|| {
            let mut seen = vec![false; self.n];
            let mut found: Vec<usize> = Vec::new();
            for m in self.automaton.find_overlapping_iter(text) {
                let i = m.pattern().as_usize();
                if !seen[i] {
                    seen[i] = true;
                    found.push(i);
                }
            }
            found
        });
        PySet::new(py, &found)
    }
}

// ------------------------------------------------------------------ every guard at once

/// The literals of one form of text (folded, or as written) that occur in a text, as a
/// bitset over their ids: what an overlapping Aho-Corasick scan reports, found instead by
/// looking up each position's first bytes in small bitmaps (2-byte literals exactly, 3-byte
/// ones and the 4-byte prefixes of longer ones hashed; ~24 KB together) and only on a hit in
/// a hash map. An Aho-Corasick automaton over these ~6,000 literals takes megabytes, and in the
/// pipeline, where language ID and the regexes evict it, nearly every byte of text missed the
/// cache (~30 ns a byte).
///
/// Literals of 4 bytes or more are found through their 4-byte prefix (``prefixes``): which
/// lengths from 4 to 8 bytes its literals have (a bitmask), and whether some are longer. A
/// literal of at most 8 bytes is then one lookup of the text's next bytes of that length
/// (``exact8``), a longer one a lookup of the next 8 bytes (``long``) and a comparison of the
/// few literals that start with them. (Comparing every literal of a prefix with the text cost
/// ~3 comparisons a byte on counselling text: "you " alone starts ~200 literals.)
struct Lexicon {
    literals: Vec<Vec<u8>>,
    words: usize,     // u64 words of a bitset over the literals
    always: Vec<u32>, // empty literals: in every text
    one: Vec<u32>,    // by byte: the 1-byte literal, or u32::MAX
    two: Vec<u64>,    // bitmap over the 2-byte literals
    three: Vec<u64>,  // bitmap over the hashed 3-byte literals
    four: Vec<u64>,   // bitmap over the hashed 4-byte prefixes of longer literals
    exact: FxMap<u32, u32>, // a 2- or 3-byte literal's bytes (and its length in the top byte) -> id
    prefixes: FxMap<u32, (u16, bool)>, // a 4-byte prefix -> (bit L-4 set: a literal of L <= 8 bytes; longer ones)
    exact8: FxMap<(u64, u8), u32>, // a literal of 4..=8 bytes (little-endian, zero-padded), its length -> id
    long: FxMap<u64, Vec<u32>>, // the first 8 bytes of a longer literal -> the literals that start with them
}

/// Up to 8 bytes of ``t`` from ``p`` (``len`` of them), little-endian, zero-padded.
fn word_at(t: &[u8], p: usize, len: usize) -> u64 {
    if p + 8 <= t.len() {
        let v = u64::from_le_bytes(t[p..p + 8].try_into().unwrap());
        if len == 8 { v } else { v & ((1u64 << (8 * len)) - 1) }
    } else {
        let mut b = [0u8; 8];
        b[..len].copy_from_slice(&t[p..p + len]);
        u64::from_le_bytes(b)
    }
}

const HASH_BITS: u32 = 16;

fn slot(k: u32) -> usize {
    (k.wrapping_mul(0x9E37_79B1) >> (32 - HASH_BITS)) as usize
}

fn bit(map: &[u64], i: usize) -> bool {
    map[i >> 6] >> (i & 63) & 1 == 1
}

impl Lexicon {
    fn new(literals: &[String]) -> Self {
        let mut lex = Lexicon {
            literals: literals.iter().map(|l| l.as_bytes().to_vec()).collect(),
            words: literals.len().div_ceil(64),
            always: Vec::new(),
            one: vec![u32::MAX; 256],
            two: vec![0; 1 << 10],
            three: vec![0; 1 << (HASH_BITS - 6)],
            four: vec![0; 1 << (HASH_BITS - 6)],
            exact: FxMap::default(),
            prefixes: FxMap::default(),
            exact8: FxMap::default(),
            long: FxMap::default(),
        };
        // literals are distinct (a lexicon's keys), so each short one has its own key
        for (i, l) in lex.literals.iter().enumerate() {
            let i = i as u32;
            match l.len() {
                0 => lex.always.push(i),
                1 => lex.one[l[0] as usize] = i,
                2 => {
                    let k = u16::from_le_bytes([l[0], l[1]]) as usize;
                    lex.two[k >> 6] |= 1 << (k & 63);
                    lex.exact.insert(k as u32 | 2 << 24, i);
                }
                3 => {
                    let k = u32::from_le_bytes([l[0], l[1], l[2], 0]);
                    let s = slot(k);
                    lex.three[s >> 6] |= 1 << (s & 63);
                    lex.exact.insert(k | 3 << 24, i);
                }
                n => {
                    let k = u32::from_le_bytes([l[0], l[1], l[2], l[3]]);
                    let s = slot(k);
                    lex.four[s >> 6] |= 1 << (s & 63);
                    let entry = lex.prefixes.entry(k).or_insert((0, false));
                    if n <= 8 {
                        entry.0 |= 1 << (n - 4);
                        lex.exact8.insert((word_at(l, 0, n), n as u8), i);
                    } else {
                        entry.1 = true;
                        lex.long.entry(word_at(l, 0, 8)).or_default().push(i);
                    }
                }
            }
        }
        lex
    }

    fn scan(&self, text: &str) -> Vec<u64> {
        let mut bits = vec![0u64; self.words];
        for &i in &self.always {
            bits[i as usize >> 6] |= 1 << (i & 63);
        }
        let t = text.as_bytes();
        let n = t.len();
        let found = |i: u32, bits: &mut Vec<u64>| bits[i as usize >> 6] |= 1 << (i & 63);
        for p in 0..n {
            let one = self.one[t[p] as usize];
            if one != u32::MAX {
                found(one, &mut bits);
            }
            if p + 1 >= n {
                continue;
            }
            let k2 = u16::from_le_bytes([t[p], t[p + 1]]) as u32;
            if bit(&self.two, k2 as usize) {
                found(self.exact[&(k2 | 2 << 24)], &mut bits);
            }
            if p + 2 >= n {
                continue;
            }
            let k3 = k2 | (t[p + 2] as u32) << 16;
            if bit(&self.three, slot(k3)) {
                if let Some(&i) = self.exact.get(&(k3 | 3 << 24)) {
                    found(i, &mut bits);
                }
            }
            if p + 3 >= n {
                continue;
            }
            let k4 = k3 | (t[p + 3] as u32) << 24;
            if bit(&self.four, slot(k4)) {
                if let Some(&(lens, longer)) = self.prefixes.get(&k4) {
                    let mut lens = lens as u32;
                    while lens != 0 {
                        let len = lens.trailing_zeros() as usize + 4;
                        lens &= lens - 1;
                        if p + len > n {
                            break;
                        }
                        if let Some(&i) = self.exact8.get(&(word_at(t, p, len), len as u8)) {
                            found(i, &mut bits);
                        }
                    }
                    if longer && p + 8 < n {
                        if let Some(ids) = self.long.get(&word_at(t, p, 8)) {
                            for &i in ids {
                                let seen = bits[i as usize >> 6] >> (i & 63) & 1 == 1;
                                if !seen && t[p..].starts_with(&self.literals[i as usize]) {
                                    found(i, &mut bits);
                                }
                            }
                        }
                    }
                }
            }
        }
        bits
    }
}

/// One guard: the decimal digits a match needs, which form of text its literals are looked
/// for in, and its clauses (each a list of literal ids, one of which must occur).
struct GuardSpec {
    min_digits: u64,
    raw: bool,
    clauses: Vec<Vec<(usize, u64)>>, // per clause: (word, mask) of the bitset words its literals are in
}

/// The literals of one text in both forms (``GuardSet.scan``); a joined text's are the union
/// of its parts' (unless a literal holds a newline, which the caller checks).
#[pyclass(frozen)]
struct Found {
    folded: Vec<u64>,
    raw: Vec<u64>,
}

/// Every guard of ``shared.prefilter`` (``Guard``) evaluated on a text at once: the literal
/// scans of both forms of the text, then, per guard, its digit floor and its clauses, giving
/// a bitset of the guards that pass (a Python int: bit ``g`` is guard ``g``'s
/// ``may_match``). The Python twin is ``Guard.py_may_match`` on every guard.
#[pyclass(frozen)]
struct GuardSet {
    folded: Lexicon,
    raw: Lexicon,
    guards: Vec<GuardSpec>,
    // An inverted index: per literal id of each lexicon, the guards whose key clause (their
    // shortest) holds it. A guard can pass only if one of its key clause's literals is in the
    // text, so ``passes`` evaluates the guards its found literals name, not all of them.
    by_folded: Vec<Vec<u32>>,
    by_raw: Vec<Vec<u32>>,
    unkeyed: Vec<u32>, // guards without a clause: their digit floor alone decides
}

/// A clause's literal ids as (word, mask) pairs over a bitset.
fn word_masks(ids: &[u32]) -> Vec<(usize, u64)> {
    let mut masks: Vec<(usize, u64)> = Vec::new();
    for &i in ids {
        let w = i as usize >> 6;
        match masks.iter_mut().find(|(x, _)| *x == w) {
            Some((_, m)) => *m |= 1 << (i & 63),
            None => masks.push((w, 1 << (i & 63))),
        }
    }
    masks
}

fn has(bits: &[u64], i: u32) -> bool {
    let i = i as usize;
    bits.get(i >> 6).is_some_and(|w| w >> (i & 63) & 1 == 1)
}

#[pymethods]
impl GuardSet {
    /// folded, raw: each lexicon's literals (ids are list indices); guards: per guard
    /// (min_digits, raw, clauses of literal ids of its lexicon).
    #[new]
    fn new(folded: Vec<String>, raw: Vec<String>, guards: Vec<(u64, bool, Vec<Vec<u32>>)>) -> PyResult<Self> {
        for (_, is_raw, clauses) in &guards {
            let n = if *is_raw { raw.len() } else { folded.len() };
            if clauses.iter().flatten().any(|&i| i as usize >= n) {
                return Err(PyValueError::new_err("a clause names a literal its lexicon does not hold"));
            }
            if clauses.iter().any(|c| c.is_empty()) {
                return Err(PyValueError::new_err("an empty clause"));
            }
        }
        let mut by_folded: Vec<Vec<u32>> = vec![Vec::new(); folded.len()];
        let mut by_raw: Vec<Vec<u32>> = vec![Vec::new(); raw.len()];
        let mut unkeyed = Vec::new();
        for (g, (_, is_raw, clauses)) in guards.iter().enumerate() {
            match clauses.iter().min_by_key(|c| c.len()) {
                None => unkeyed.push(g as u32),
                Some(key) => {
                    let index = if *is_raw { &mut by_raw } else { &mut by_folded };
                    for &i in key {
                        if index[i as usize].last() != Some(&(g as u32)) {
                            index[i as usize].push(g as u32);
                        }
                    }
                }
            }
        }
        let guards = guards
            .into_iter()
            .map(|(min_digits, raw, clauses)| GuardSpec {
                min_digits,
                raw,
                clauses: clauses.iter().map(|c| word_masks(c)).collect(),
            })
            .collect();
        Ok(GuardSet { folded: Lexicon::new(&folded), raw: Lexicon::new(&raw), guards, by_folded, by_raw, unkeyed })
    }

    /// The literals of both lexicons in ``text`` (raw) and ``low`` (its folded form).
    fn scan(&self, py: Python<'_>, text: &str, low: &str) -> Found {
        py.allow_threads(|| Found { folded: self.folded.scan(low), raw: self.raw.scan(text) })
    }

    /// The guards that pass on a text whose literals are the union of ``found`` and which
    /// holds ``digits`` decimal digits, as an int bitset.
    fn passes<'py>(&self, py: Python<'py>, found: Vec<PyRef<'py, Found>>, digits: u64) -> PyResult<Bound<'py, PyAny>> {
        let union = |pick: fn(&Found) -> &Vec<u64>, words: usize| -> std::borrow::Cow<'_, [u64]> {
            if found.len() == 1 && pick(&found[0]).len() == words {
                return std::borrow::Cow::Borrowed(pick(&found[0]).as_slice());
            }
            let mut bits = vec![0u64; words];
            for f in &found {
                for (b, w) in bits.iter_mut().zip(pick(f)) {
                    *b |= w;
                }
            }
            std::borrow::Cow::Owned(bits)
        };
        let folded = union(|f| &f.folded, self.folded.words);
        let raw = union(|f| &f.raw, self.raw.words);
        let mut out = vec![0u8; self.guards.len().div_ceil(8)];
        let mut tried = vec![0u64; self.guards.len().div_ceil(64)];
        let mut try_guard = |g: usize, out: &mut Vec<u8>| {
            if tried[g >> 6] >> (g & 63) & 1 == 1 {
                return;
            }
            tried[g >> 6] |= 1 << (g & 63);
            let spec = &self.guards[g];
            if spec.min_digits > digits {
                return;
            }
            let bits: &[u64] = if spec.raw { &raw } else { &folded };
            if spec.clauses.iter().all(|c| c.iter().any(|&(w, m)| bits[w] & m != 0)) {
                out[g >> 3] |= 1 << (g & 7);
            }
        };
        for (bits, index) in [(&*folded, &self.by_folded), (&*raw, &self.by_raw)] {
            for (w, &word) in bits.iter().enumerate() {
                let mut rest = word;
                while rest != 0 {
                    let i = (w << 6) | rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    if let Some(guards) = index.get(i) {
                        for &g in guards {
                            try_guard(g as usize, &mut out);
                        }
                    }
                }
            }
        }
        for &g in &self.unkeyed {
            try_guard(g as usize, &mut out);
        }
        py.get_type::<PyInt>().call_method1("from_bytes", (PyBytes::new(py, &out), "little"))
    }

    /// The ids of one lexicon's literals in ``found`` (for tests: the Python scan's set).
    fn literals(&self, found: PyRef<'_, Found>, raw: bool) -> Vec<usize> {
        let bits = if raw { &found.raw } else { &found.folded };
        (0..bits.len() * 64).filter(|&i| has(bits, i as u32)).collect()
    }
}

/// The decimal digits (``re``'s ``\d``) of an ASCII text, or -1 for any other text (whose
/// digits Python counts: Rust's Unicode tables may be another version's).
#[pyfunction]
fn ascii_digits(text: &str) -> i64 {
    if !text.is_ascii() {
        return -1;
    }
    text.bytes().filter(u8::is_ascii_digit).count() as i64
}

// ------------------------------------------------------------------ regex prescreen

/// A regular expression (Rust's `regex` crate: finite automata, no backtracking) that the
/// caller has made a *superset* of a Python pattern: where it finds nothing, the Python
/// pattern cannot match either, so it need not run (`shared.prescreen`).
#[pyclass(frozen)]
struct Prescreen {
    regex: regex::Regex,
}

#[pymethods]
impl Prescreen {
    #[new]
    fn new(source: &str) -> PyResult<Self> {
        let regex = regex::RegexBuilder::new(source)
            .size_limit(64 << 20)
            .dfa_size_limit(64 << 20)
            .build()
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok(Prescreen { regex })
    }

    fn is_match(&self, py: Python<'_>, text: &str) -> bool {
        py.allow_threads(|| self.regex.is_match(text))
    }

    /// Where the leftmost match of the superset expression starts, in characters (Python string
    /// indices), or None when it matches nowhere. Every match of the Python pattern is a match of
    /// the superset starting at the same place, so none starts before this.
    fn leftmost_start(&self, py: Python<'_>, text: &str) -> Option<usize> {
        py.allow_threads(|| {
            self.regex.find(text).map(|m| {
                let head = &text.as_bytes()[..m.start()];
                if head.is_ascii() {
                    m.start()
                } else {
                    // UTF-8 bytes to characters: count the bytes that start a character
                    head.iter().filter(|&&b| (b as i8) >= -0x40).count()
                }
            })
        })
    }
}

#[pymodule]
fn dp_native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<LangIdWalk>()?;
    m.add_class::<LangIdScorer>()?;
    m.add_class::<Literals>()?;
    m.add_class::<Prescreen>()?;
    m.add_class::<GuardSet>()?;
    m.add_class::<Found>()?;
    m.add_function(wrap_pyfunction!(ascii_digits, m)?)?;
    m.add_function(wrap_pyfunction!(text_stats, m)?)?;
    m.add_function(wrap_pyfunction!(repetition_stats, m)?)?;
    m.add_function(wrap_pyfunction!(minhash_bands, m)?)?;
    Ok(())
}

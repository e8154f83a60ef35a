//! The serde side: each `deserialize_*` reads what `ron`'s deserializer reads for
//! it and calls the same visitor method, so both build the same value.

use std::fmt::{self, Write as _};

use serde::de::{self, Visitor};

use super::access::{Identifier, Items, Keys, Variant};
use super::scan::{Scanner, Text};
use super::{Declined, MAX_DEPTH};

pub struct Deserializer<'de> {
    pub(super) scan: Scanner<'de>,
    depth: u32,
}

impl<'de> Deserializer<'de> {
    pub fn new(text: &'de str) -> Deserializer<'de> {
        Deserializer {
            scan: Scanner::new(text),
            depth: 0,
        }
    }

    pub fn at_end(&mut self) -> bool {
        self.scan.at_end()
    }

    /// Runs `read` one level deeper, declining beyond [`MAX_DEPTH`].
    pub(super) fn nested<T>(
        &mut self,
        read: impl FnOnce(&mut Deserializer<'de>) -> Result<T, Declined>,
    ) -> Result<T, Declined> {
        if self.depth >= MAX_DEPTH {
            return Err(Declined);
        }
        self.depth += 1;
        let result = read(self);
        self.depth -= 1;
        result
    }

    /// `open`, the items a visitor takes, then `close`.
    fn items<V: Visitor<'de>>(
        &mut self,
        open: u8,
        close: u8,
        keys: Keys,
        visit: impl FnOnce(V, Items<'_, 'de>) -> Result<V::Value, Declined>,
        visitor: V,
    ) -> Result<V::Value, Declined> {
        self.scan.expect(open)?;
        let value = self.nested(|de| visit(visitor, Items::new(de, close, keys)))?;
        self.scan.expect(close)?;
        Ok(value)
    }

    fn integer<N: TryFrom<u64>>(&mut self) -> Result<N, Declined> {
        N::try_from(self.scan.number()?).map_err(|_| Declined)
    }
}

impl<'de> de::Deserializer<'de> for &mut Deserializer<'de> {
    type Error = Declined;

    /// Reading a value without knowing its type is `ron`'s guesswork; left to it.
    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Declined> {
        Err(Declined)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        match self.scan.word()? {
            "true" => visitor.visit_bool(true),
            "false" => visitor.visit_bool(false),
            _ => Err(Declined),
        }
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        visitor.visit_u8(self.integer()?)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        visitor.visit_u16(self.integer()?)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        visitor.visit_u32(self.integer()?)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        visitor.visit_u64(self.integer()?)
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        visitor.visit_i8(self.integer()?)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        visitor.visit_i16(self.integer()?)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        visitor.visit_i32(self.integer()?)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        visitor.visit_i64(self.integer()?)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        match self.scan.string()? {
            Text::Borrowed(text) => visitor.visit_borrowed_str(text),
            Text::Owned(text) => visitor.visit_string(text),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        match self.scan.word()? {
            "None" => visitor.visit_none(),
            "Some" => {
                self.scan.expect(b'(')?;
                let value = self.nested(|de| visitor.visit_some(de))?;
                self.scan.eat(b',');
                self.scan.expect(b')')?;
                Ok(value)
            }
            _ => Err(Declined),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        self.items(
            b'[',
            b']',
            Keys::Values,
            |v, items| v.visit_seq(items),
            visitor,
        )
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        // `ron` reads the keys of a map that serde fills a struct from (`flatten`)
        // differently.
        if expects_struct(&visitor) {
            return Err(Declined);
        }
        self.items(
            b'{',
            b'}',
            Keys::Values,
            |v, items| v.visit_map(items),
            visitor,
        )
    }

    /// Only the unnamed form `( field: value, … )`; `Name( … )` is left to `ron`.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Declined> {
        self.items(
            b'(',
            b')',
            Keys::Identifiers,
            |v, items| v.visit_map(items),
            visitor,
        )
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Declined> {
        self.nested(|de| visitor.visit_enum(Variant::new(de)))
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        de::Deserializer::deserialize_identifier(Identifier::new(&mut self.scan), visitor)
    }

    serde::forward_to_deserialize_any! {
        i128 u128 f32 f64 char bytes byte_buf unit unit_struct newtype_struct tuple
        tuple_struct ignored_any
    }
}

/// Whether the visitor describes itself as a struct, as serde's `flatten` does.
fn expects_struct<'de, V: Visitor<'de>>(visitor: &V) -> bool {
    const PREFIX: &[u8] = b"struct ";

    struct Expecting<'a, V>(&'a V);

    impl<'de, V: Visitor<'de>> fmt::Display for Expecting<'_, V> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.0.expecting(f)
        }
    }

    /// Keeps the first bytes written and stops the writer after them.
    struct Prefix {
        seen: [u8; PREFIX.len()],
        length: usize,
    }

    impl fmt::Write for Prefix {
        fn write_str(&mut self, text: &str) -> fmt::Result {
            let room = PREFIX.len() - self.length;
            let taken = text.len().min(room);
            self.seen[self.length..self.length + taken].copy_from_slice(&text.as_bytes()[..taken]);
            self.length += taken;
            if self.length == PREFIX.len() {
                Err(fmt::Error)
            } else {
                Ok(())
            }
        }
    }

    let mut prefix = Prefix {
        seen: [0; PREFIX.len()],
        length: 0,
    };
    // The writer stops itself once it has seen enough; that "error" is expected.
    let _ = write!(prefix, "{}", Expecting(visitor));
    prefix.seen[..prefix.length] == *PREFIX
}

"""Profile images against the Trust's logos: perceptual hashes, content boxes, fetching within limits.

A 256-bit pHash (hash_size=16): re-encoded, resized or recoloured copies of a logo land within ~6 bits of it.
The hash moves ~10 bits per 1% change of scale, so each official logo is hashed at centre crops and paddings in
1% steps (`LOGO_FULL_STEPS`), and both images are also hashed on their content box, the uniform background
trimmed away (`LOGO_CONTENT_STEPS` absorbs the trim's own error): a copy that was padded, shifted or cropped only
into its margins then matches too. NHS logos share one layout (blue lozenge, name below), and two Trusts whose
names have the same length and line breaks can hash within ~10 bits of each other (evals/impersonation_synthetic.py
measures it): the logo is one element, never a verdict.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx
import imagehash
import numpy as np
from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError

from trustwatch.errors import ConfigError

ImageHash = imagehash.ImageHash

PHASH_SIZE = 16
LOGO_MATCH_DISTANCE = 24
LOGO_NEAR_DISTANCE = 36
LOGO_FULL_STEPS = tuple(step / 100 for step in range(-2, 13))
LOGO_CONTENT_STEPS = tuple(step / 100 for step in range(-3, 4))
# Sum of the RGB differences from the background above which a pixel is content, after a light blur so JPEG
# ringing around a logo's edges stays background.
BACKGROUND_TOLERANCE = 60
# Trimming works on a copy at most this many pixels a side: pHash itself looks at 64x64.
TRIM_MAX_SIDE = 512


@dataclass(frozen=True)
class ProfileImage:
    """A fetched profile image, reduced to its perceptual hash (and the hash of its content box, if any)."""

    url: str
    hash: ImageHash
    content_type: str
    size_bytes: int
    content_hash: ImageHash | None = None


@dataclass(frozen=True)
class ImageUnavailable:
    """A profile image that could not be checked, and why (scoring goes on without it)."""

    url: str
    reason: str


ImageResult = ProfileImage | ImageUnavailable


@dataclass(frozen=True)
class ImageHashes:
    """An image's pHash, and the pHash of its content box (None when it has no uniform background to trim)."""

    full: ImageHash
    content: ImageHash | None


@dataclass(frozen=True)
class LogoHashes:
    """An official logo hashed as impersonators re-upload it: (crop fraction, hash) pairs for the whole image
    and for its content box; a negative fraction is a padding."""

    full: tuple[tuple[float, ImageHash], ...]
    content: tuple[tuple[float, ImageHash], ...] = ()

    @classmethod
    def of(cls, logo: LogoHashes | ImageHash) -> LogoHashes:
        """`logo` itself, or a bare pHash taken as the whole image at its own size."""
        return logo if isinstance(logo, LogoHashes) else cls(((0.0, logo),))


@dataclass(frozen=True)
class LogoMatch:
    """How close a profile image is to an official logo: Hamming distance in bits, which hashes were compared
    ("whole image" or "content box") and the logo variant's crop fraction (negative: padding)."""

    distance: int
    compared: str
    step: float


def _flattened_image(image_bytes: bytes, max_pixels: int) -> Image.Image:
    try:
        with Image.open(io.BytesIO(image_bytes)) as image:
            width, height = image.size
            # Check the header's size before decoding: a tiny file can declare a gigapixel canvas.
            if width * height > max_pixels:
                raise ValueError(f"image of {width}x{height} pixels exceeds the {max_pixels}-pixel limit")
            image.seek(0)
            rgba = image.convert("RGBA")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise ValueError(f"not a readable image ({type(error).__name__})") from None
    # Logos are usually PNGs on transparent backgrounds while avatars are flattened JPEGs: compare on white.
    flattened = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    flattened.alpha_composite(rgba)
    return flattened.convert("RGB")


def content_box(image: Image.Image, rounds: int = 3) -> Image.Image | None:
    """`image` with its uniform background border trimmed (nested frames too); None if the border is not
    one colour, as in a photo, where there is no background to trim."""
    scale = min(1.0, TRIM_MAX_SIDE / max(image.size))
    current = image.convert("RGB")
    if scale < 1.0:
        current = current.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))))
    trimmed = False
    for _ in range(rounds):
        width, height = current.size
        blurred = current.filter(ImageFilter.BoxBlur(max(1, min(width, height) // 100)))
        pixels = np.asarray(blurred, dtype=np.int16)
        border = np.concatenate([pixels[0], pixels[-1], pixels[:, 0], pixels[:, -1]])
        background = np.median(border, axis=0)
        off_background = np.abs(border - background).sum(axis=1) > BACKGROUND_TOLERANCE
        if off_background.mean() > 0.1:
            break
        content = np.abs(pixels - background).sum(axis=2) > BACKGROUND_TOLERANCE
        rows, columns = np.flatnonzero(content.any(axis=1)), np.flatnonzero(content.any(axis=0))
        if rows.size == 0:
            break
        box = (int(columns[0]), int(rows[0]), int(columns[-1]) + 1, int(rows[-1]) + 1)
        # A box of a few pixels is a speck on a blank image, not a logo.
        if box == (0, 0, width, height) or box[2] - box[0] < width / 10 or box[3] - box[1] < height / 10:
            trimmed = True
            break
        current = current.crop(box)
        trimmed = True
    return current if trimmed else None


def _grown(image: Image.Image, fraction: float) -> Image.Image:
    """`image` cropped by `fraction` of each side, or padded with white when `fraction` is negative."""
    width, height = image.size
    if fraction >= 0:
        dx, dy = round(width * fraction), round(height * fraction)
        return image.crop((dx, dy, width - dx, height - dy))
    return ImageOps.expand(image, border=(round(-width * fraction), round(-height * fraction)), fill="white")


def _phash(image: Image.Image) -> ImageHash:
    return imagehash.phash(image, hash_size=PHASH_SIZE)


def profile_image_hash(image_bytes: bytes, max_pixels: int = 16_000_000) -> ImageHash:
    """The perceptual hash (pHash, 256 bits) of an image; transparent areas are read as white."""
    return _phash(_flattened_image(image_bytes, max_pixels))


def profile_image_hashes(image_bytes: bytes, max_pixels: int = 16_000_000) -> ImageHashes:
    """The pHash of the whole image and of its content box (background trimmed), to compare with logos."""
    image = _flattened_image(image_bytes, max_pixels)
    content = content_box(image)
    return ImageHashes(_phash(image), _phash(content) if content is not None else None)


def logo_hashes(image_bytes: bytes, max_pixels: int = 16_000_000) -> LogoHashes:
    """An official logo hashed at the crops and paddings of `LOGO_FULL_STEPS` and, trimmed to its content
    box, of `LOGO_CONTENT_STEPS`; raises ValueError for unreadable bytes."""
    image = _flattened_image(image_bytes, max_pixels)
    full = tuple((step, _phash(_grown(image, step))) for step in LOGO_FULL_STEPS)
    content = content_box(image)
    if content is None:
        return LogoHashes(full)
    return LogoHashes(full, tuple((step, _phash(_grown(content, step))) for step in LOGO_CONTENT_STEPS))


def load_logo_hashes(paths: Iterable[Path]) -> list[LogoHashes]:
    """Hashes of the Trust's official logos; a missing or unreadable file is a ConfigError naming it."""
    hashes = []
    for path in paths:
        try:
            hashes.append(logo_hashes(path.read_bytes()))
        except FileNotFoundError:
            raise ConfigError(f"{path}: trust.logos: logo file not found") from None
        except (OSError, ValueError) as error:
            raise ConfigError(f"{path}: trust.logos: cannot read logo ({error})") from None
    return hashes


def fetch_profile_image(
    client: httpx.Client, url: str, max_bytes: int = 2_000_000, timeout: float = 10.0
) -> ImageResult:
    """Fetch and hash a profile image within a size and a total time limit; failures come back as evidence."""
    deadline = time.monotonic() + timeout
    try:
        with client.stream("GET", url, timeout=timeout) as response:
            if response.status_code != 200:
                return ImageUnavailable(url, f"HTTP {response.status_code}")
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if not content_type.startswith("image/"):
                return ImageUnavailable(url, f"not an image ({content_type or 'no content type'})")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                return ImageUnavailable(url, f"{declared} bytes exceeds the {max_bytes}-byte limit")
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > max_bytes:
                    return ImageUnavailable(url, f"more than the {max_bytes}-byte limit")
                if time.monotonic() > deadline:
                    return ImageUnavailable(url, f"took longer than {timeout:g} s")
    except httpx.TimeoutException:
        return ImageUnavailable(url, f"timed out after {timeout:g} s")
    except httpx.HTTPError as error:
        return ImageUnavailable(url, f"fetch failed ({type(error).__name__})")
    try:
        hashes = profile_image_hashes(bytes(body))
    except ValueError as error:
        return ImageUnavailable(url, str(error))
    return ProfileImage(url, hashes.full, content_type, len(body), hashes.content)


def closest_logo(image: ProfileImage, logos: Sequence[LogoHashes]) -> LogoMatch | None:
    """The official logo variant closest to `image` (whole image or content box), or None without logos."""
    candidates = [
        LogoMatch(int(image.hash - logo_hash), "whole image", step) for logo in logos for step, logo_hash in logo.full
    ]
    if image.content_hash is not None:
        candidates += [
            LogoMatch(int(image.content_hash - logo_hash), "content box", step)
            for logo in logos
            for step, logo_hash in logo.content
        ]
    return min(candidates, key=lambda match: (match.distance, abs(match.step)), default=None)

#include "pdf/image_streams.h"

#include <deque>
#include <map>
#include <mutex>
#include <stdexcept>

#include "pdf/md5.h"
#include "pdf/pdf_file.h"
#include "pdf/png_samples.h"

namespace formwork {
namespace {

constexpr size_t kCachedImages = 32;
constexpr size_t kNameDigits = 12;

// The file as is (DCTDecode): its size and components were read with
// libjpeg when the picture was loaded, which refused CMYK and 12-bit files.
void from_jpeg(const Picture& picture, ImageStreams& out) {
  out.width = picture.pixel_width;
  out.height = picture.pixel_height;
  out.components = picture.jpeg_components;
  out.dct = true;
  out.samples = *picture.data;
}

void from_png(const std::string& data, ImageStreams& out) {
  const PngSamples png = decode_png(data);
  out.width = png.width;
  out.height = png.height;
  out.components = png.components;
  out.samples = deflate(png.color);
  if (!png.alpha.empty()) out.alpha = deflate(png.alpha);
}

std::shared_ptr<const ImageStreams> make_streams(const Picture& picture, std::string key) {
  auto out = std::make_shared<ImageStreams>();
  out->name = "Im" + key.substr(0, kNameDigits);
  out->key = std::move(key);
  if (picture.format == PictureFormat::Jpeg) {
    from_jpeg(picture, *out);
  } else {
    from_png(*picture.data, *out);
  }
  return out;
}

struct Cache {
  std::mutex mutex;
  std::map<std::string, std::shared_ptr<const ImageStreams>> entries;
  std::deque<std::string> order;  // oldest first
  // The key of a file by the string holding it, while that string lives: a
  // file shared by every record is hashed once, not once per page.
  struct Known {
    std::weak_ptr<const std::string> data;
    std::string key;
  };
  std::map<const std::string*, Known> keys;
};

// The key of `data`: remembered while `data` lives, else its MD5.
std::string key_of(Cache& cache, const std::shared_ptr<const std::string>& data) {
  {
    std::lock_guard lock(cache.mutex);
    auto it = cache.keys.find(data.get());
    if (it != cache.keys.end() && it->second.data.lock() == data) return it->second.key;
  }
  std::string key = md5_hex(*data);
  std::lock_guard lock(cache.mutex);
  if (cache.keys.size() >= kCachedImages) cache.keys.clear();  // bounded; dead entries go too
  cache.keys[data.get()] = {data, key};
  return key;
}

}  // namespace

std::shared_ptr<const ImageStreams> image_streams(const Picture& picture) {
  if (!picture.data) throw std::invalid_argument("picture without data");
  static Cache cache;
  std::string key = key_of(cache, picture.data);
  {
    std::lock_guard lock(cache.mutex);
    auto it = cache.entries.find(key);
    if (it != cache.entries.end()) return it->second;
  }
  auto streams = make_streams(picture, key);  // outside the lock: the slow part
  std::lock_guard lock(cache.mutex);
  auto [it, fresh] = cache.entries.emplace(key, streams);
  if (fresh) {
    cache.order.push_back(std::move(key));
    if (cache.order.size() > kCachedImages) {
      cache.entries.erase(cache.order.front());
      cache.order.pop_front();
    }
  }
  return it->second;
}

}  // namespace formwork

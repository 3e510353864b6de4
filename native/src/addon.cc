// JavaScript binding of CaptureSession: `new Session(options)`, `start(onBatch)`, `stop()`
// (a Promise settled once the last batch was delivered) and `stats()`. Batches reach JavaScript
// as Buffers that own the native memory: one hand-over per batch, never one per event.
#include <napi.h>

#include <cstdlib>
#include <memory>

#include "capture_session.h"

namespace {

struct Batch {
  uint8_t *data;
  size_t len;
};

std::string Latin1Value(Napi::Env env, Napi::Value v) {
  size_t len = 0;
  NAPI_THROW_IF_FAILED(env, napi_get_value_string_latin1(env, v, nullptr, 0, &len), std::string());
  std::string out(len, '\0');
  NAPI_THROW_IF_FAILED(env, napi_get_value_string_latin1(env, v, out.data(), len + 1, &len), std::string());
  return out;
}

class SessionWrap : public Napi::ObjectWrap<SessionWrap> {
 public:
  static Napi::Function Define(Napi::Env env) {
    return DefineClass(env, "Session", {
      InstanceMethod("start", &SessionWrap::Start),
      InstanceMethod("stop", &SessionWrap::Stop),
      InstanceMethod("stats", &SessionWrap::Stats),
    });
  }

  explicit SessionWrap(const Napi::CallbackInfo &info) : Napi::ObjectWrap<SessionWrap>(info) {
    Napi::Env env = info.Env();
    if (info.Length() < 1 || !info[0].IsObject()) throw Napi::TypeError::New(env, "Session(options) needs an options object");
    Napi::Object o = info[0].As<Napi::Object>();
    SessionOptions opts;
    opts.probe_path = o.Get("probePath").As<Napi::String>().Utf8Value();
    if (o.Get("ringBufferBytes").IsNumber()) opts.ring_buffer_bytes = o.Get("ringBufferBytes").As<Napi::Number>().Uint32Value();
    if (o.Get("snaplen").IsNumber()) opts.snaplen = o.Get("snaplen").As<Napi::Number>().Uint32Value();
    if (o.Get("dropSwitch").IsBoolean()) opts.drop_switch = o.Get("dropSwitch").As<Napi::Boolean>().Value();
    if (o.Get("attachPrefix").IsString()) opts.attach_prefix = o.Get("attachPrefix").As<Napi::String>().Utf8Value();
    Napi::Value mask = o.Get("syscallMask");
    if (mask.IsTypedArray()) {
      Napi::Uint8Array m = mask.As<Napi::Uint8Array>();
      opts.syscall_mask.assign(m.Data(), m.Data() + m.ElementLength());
    }
    Napi::Value comms = o.Get("skipComms");
    if (comms.IsArray()) {
      Napi::Array a = comms.As<Napi::Array>();
      // names are byte strings (one char per byte, as tsysdig keeps capture text)
      for (uint32_t i = 0; i < a.Length(); i++) opts.skip_comms.push_back(Latin1Value(env, a.Get(i)));
    }
    try {
      session_ = std::make_unique<CaptureSession>(opts);
    } catch (const SessionError &e) {
      throw Napi::Error::New(env, e.what());
    }
  }

 private:
  Napi::Value Start(const Napi::CallbackInfo &info) {
    Napi::Env env = info.Env();
    if (started_) throw Napi::Error::New(env, "the session is already started");
    if (info.Length() < 1 || !info[0].IsFunction()) throw Napi::TypeError::New(env, "start(onBatch) needs a function");
    started_ = true;
    tsfn_ = Napi::ThreadSafeFunction::New(env, info[0].As<Napi::Function>(), "ebpf-capture-reader", 0, 1, this,
                                          [](Napi::Env, SessionWrap *self) { self->Released(); });
    CaptureSession *session = session_.get();
    Napi::ThreadSafeFunction tsfn = tsfn_;
    try {
      session_->start([session, tsfn](uint8_t *data, size_t len) mutable {
        auto *batch = new Batch{data, len};
        napi_status st = tsfn.NonBlockingCall(batch, [session](Napi::Env env, Napi::Function fn, Batch *b) {
          Napi::Buffer<uint8_t> buf = Napi::Buffer<uint8_t>::New(env, b->data, b->len, [](Napi::Env, uint8_t *p) { std::free(p); });
          delete b;
          session->batch_done();
          fn.Call({buf});
        });
        if (st != napi_ok) {  // shutting down: nobody will take it
          std::free(data);
          delete batch;
          session->batch_done();
        }
      });
    } catch (const SessionError &e) {
      throw Napi::Error::New(env, e.what());
    }
    return env.Undefined();
  }

  Napi::Value Stop(const Napi::CallbackInfo &info) {
    Napi::Env env = info.Env();
    Napi::Promise::Deferred deferred = Napi::Promise::Deferred::New(env);
    session_->stop();  // the last batch is queued before this returns
    if (!started_ || released_) {
      deferred.Resolve(env.Undefined());
    } else {
      pending_.push_back(deferred);
      if (!releasing_) {
        releasing_ = true;
        tsfn_.Release();  // settles once every queued batch has been delivered
      }
    }
    return deferred.Promise();
  }

  void Released() {
    released_ = true;
    for (auto &d : pending_) d.Resolve(d.Env().Undefined());
    pending_.clear();
  }

  Napi::Value Stats(const Napi::CallbackInfo &info) {
    Napi::Env env = info.Env();
    std::vector<SessionCounters> per_cpu = session_->counters();
    SessionCounters total;
    Napi::Array cpus = Napi::Array::New(env, per_cpu.size());
    auto counters = [&](const SessionCounters &c) {
      Napi::Object o = Napi::Object::New(env);
      o.Set("events", double(c.events));
      o.Set("dropsFull", double(c.drops_full));
      o.Set("dropsLarge", double(c.drops_large));
      o.Set("skipped", double(c.skipped));
      return o;
    };
    for (size_t i = 0; i < per_cpu.size(); i++) {
      const SessionCounters &c = per_cpu[i];
      total.events += c.events;
      total.drops_full += c.drops_full;
      total.drops_large += c.drops_large;
      total.skipped += c.skipped;
      cpus.Set(uint32_t(i), counters(c));
    }
    Napi::Object out = counters(total);
    out.Set("perCpu", cpus);
    return out;
  }

  std::unique_ptr<CaptureSession> session_;
  Napi::ThreadSafeFunction tsfn_;
  std::vector<Napi::Promise::Deferred> pending_;
  bool started_ = false, releasing_ = false, released_ = false;
};

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("Session", SessionWrap::Define(env));
  return exports;
}

}  // namespace

NODE_API_MODULE(ebpf_capture_reader, Init)

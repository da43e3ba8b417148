"""The page's stylesheet and script: inline (one request on a slow phone), no third-party
assets, allowed by their hashes in the Content-Security-Policy."""

from __future__ import annotations

import base64
import hashlib

CSS = """
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.55 -apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei",
"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:#1d2329;background:#f2f4f6}
header{background:#18324a;color:#fff;padding:12px 16px;font-weight:600;font-size:17px;
display:flex;justify-content:space-between;align-items:center}
header a{color:#cfe0f0;font-weight:400;font-size:14px;text-decoration:none}
main{max-width:560px;margin:0 auto;padding:12px}
section{background:#fff;border-radius:10px;padding:14px 16px;margin:0 0 12px;
box-shadow:0 1px 2px rgba(0,0,0,.06)}
h1{font-size:24px;margin:4px 0 8px;line-height:1.25}
h2{font-size:16px;margin:0 0 8px;color:#45525e}
p{margin:6px 0}
.verdict{border-top:6px solid #8a949c}
.verdict .mark{font-size:40px;line-height:1;font-weight:700}
.genuine{border-color:#1f9d55}.genuine .mark,.genuine h1{color:#17803f}
.caution{border-color:#d98a00}.caution .mark,.caution h1{color:#a86400}
.suspect,.counterfeit{border-color:#d0312d}.suspect .mark,.suspect h1,.counterfeit .mark,
.counterfeit h1{color:#b3231f}
.pending{border-color:#2a6fdb}.pending .mark,.pending h1{color:#2159b3}
.refused{border-color:#d0312d}.refused .mark,.refused h1{color:#b3231f}
.message{font-size:17px}
.reasons{margin:8px 0 0;padding-left:20px;color:#3b4650}
.reasons li{margin:4px 0}
.facts{display:grid;grid-template-columns:auto 1fr;gap:4px 12px;margin:10px 0 0;font-size:15px}
.facts dt{color:#6b7782}.facts dd{margin:0;word-break:break-all}
.code{font-family:ui-monospace,Menlo,Consolas,monospace;letter-spacing:.5px}
form.vc{display:flex;gap:8px;margin-top:8px}
input,select,textarea{font:inherit;border:1px solid #b8c2cb;border-radius:8px;padding:10px;
width:100%;background:#fff}
input.digits{letter-spacing:4px;font-size:20px;text-align:center}
button{font:inherit;font-weight:600;border:0;border-radius:8px;padding:10px 18px;
background:#18324a;color:#fff;white-space:nowrap}
.hint{color:#6b7782;font-size:14px}
.note{color:#6b7782;font-size:13px;margin-top:8px}
.product{display:flex;gap:12px;align-items:flex-start}
.product img{width:96px;height:96px;object-fit:contain;border-radius:8px;background:#f2f4f6}
ol.timeline{list-style:none;margin:0;padding:0 0 0 14px;border-left:2px solid #d7dde2}
ol.timeline li{position:relative;margin:0 0 12px;padding-left:8px}
ol.timeline li:before{content:"";position:absolute;left:-21px;top:6px;width:12px;height:12px;
border-radius:50%;background:#18324a}
.when{color:#6b7782;font-size:14px}
ul.docs{margin:0;padding-left:18px}
details summary{font-weight:600;color:#45525e;cursor:pointer}
form.complaint{display:grid;gap:8px;margin-top:10px}
footer{text-align:center;color:#8a949c;font-size:13px;padding:8px 0 24px}
footer a{color:#6b7782}
.big input{font-size:22px}
""".strip()

# Progressive: the page works without it. With it, the browser's position (asked once, with
# the browser's own consent prompt) goes to the server, and the verdict is weighed again.
JS = """
(function(){
var d=document,s=d.body.dataset,t=s.token;
function fill(p){var f=d.querySelectorAll('input[name=lat]'),
g=d.querySelectorAll('input[name=lng]');
for(var i=0;i<f.length;i++){f[i].value=p.coords.latitude;g[i].value=p.coords.longitude;}}
if(!t||s.ask!=='1'||!navigator.geolocation){return;}
var n=d.getElementById('locating');if(n){n.hidden=false;}
navigator.geolocation.getCurrentPosition(function(p){fill(p);
var x=new XMLHttpRequest();x.open('POST','/s/'+t+'/where');
x.setRequestHeader('Content-Type','application/json');
x.onload=function(){if(n){n.hidden=true;}if(x.status!==200){return;}
var r=JSON.parse(x.responseText);if(!r.verdict){return;}
var v=d.getElementById('verdict');v.className='verdict '+r.verdict;
d.getElementById('headline').textContent=r.headline;
d.getElementById('mark').textContent=r.mark;
if(r.message){d.getElementById('message').textContent=r.message;}
var u=d.getElementById('reasons');u.textContent='';
r.reasons.forEach(function(q){var li=d.createElement('li');li.textContent=q;u.appendChild(li);});
var w=d.getElementById('place'),wl=d.getElementById('place-label');
if(w&&r.place){w.textContent=r.place;w.hidden=false;if(wl){wl.hidden=false;}}
var m=d.getElementById('located');if(m){m.hidden=false;}};
x.send(JSON.stringify({lat:p.coords.latitude,lng:p.coords.longitude,acc:p.coords.accuracy}));
},function(){if(n){n.hidden=true;}},{timeout:8000,maximumAge:60000});
})();
""".strip()

KIOSK_JS = """
(function(){var i=document.getElementById('code');if(i){i.focus();}
if(document.body.dataset.reset==='1'){setTimeout(function(){location.href='/kiosk';},60000);}})();
""".strip()


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


CSP = ("default-src 'none'; img-src 'self'; connect-src 'self'; form-action 'self'; "
       f"style-src {_hash(CSS)}; script-src {_hash(JS)} {_hash(KIOSK_JS)}; base-uri 'none'; "
       "frame-ancestors 'none'")

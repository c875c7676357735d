"""Calibration of the synthetic generator's default planted model (Sources/Synthetic/PlantedModel.swift).

An independent numpy re-implementation of the same process (weekly AR(1) satisfaction with plan/region effects,
noisy quarterly NPS, daily engagement with a logistic rate, daily logistic churn hazard), used to choose the
default coefficients so that quarterly churn is about 5-8 %, NPS about +5..+20 with plan differences, the oracle
(Gauss-Hermite expectation of the planted hazard given the true state, as in OracleChurn.swift) is calibrated,
and a plain scikit-learn logistic regression on ordinary snapshot features closes well over 80 % of the ROC-AUC
gap between 0.5 and the oracle.

Run: python3 scripts/reference/synthetic_calibration.py [customers=20000] [seed=1] [name=value ...]
Output with 40000 customers, seed 2 (numpy 2.4, scikit-learn 1.9):
  quarterly churn 8.0 % falling to 5.3 %, NPS +7.6 rising to +19.1 (detractors churn away),
  model AUC 0.7493, oracle AUC 0.7841, gap closed 87.7 %, mean oracle 0.0563 vs churn rate 0.0526.
Differences from the Swift generator: random numbers (numpy's, not xoshiro256**), quarters of 91 days, and
customers drawn without the per-customer streams; the distributions are the same.
"""
import numpy as np, sys
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score
rng = np.random.default_rng(int(sys.argv[2]) if len(sys.argv)>2 else 1)
N = int(sys.argv[1]) if len(sys.argv)>1 else 20000
P = dict(phi=0.96, sig=0.15, tau=0.45, a=7.7, b=2.0, nsd=1.0,
         c0=-3.0, g=1.2, b0=-6.4, bs=-1.4, bd=-1.0, bten=-1.2, bfee=0.08, rate=0.3, bpro=-0.4, bent=-1.0)
for kv in sys.argv[3:]:
    k,v = kv.split('='); P[k]=float(v)
phi,sig=P['phi'],P['sig']
D = 730; W = (D+6)//7; L=8
plan = rng.choice(3, N, p=[.6,.3,.1])
alpha_plan = np.array([-0.15,0.1,0.3]); bplan=np.array([0,P.get('bpro',-0.2),P.get('bent',-0.6)]); cplan=np.array([0,0.1,0.2])
region = rng.choice(6, N, p=[.4,.3,.12,.143,.03,.007]); alpha_reg=np.array([0,.05,0,-.1,.15,-.3])
fee = np.where(plan==0, rng.uniform(19,39,N), np.where(plan==1, rng.uniform(79,149,N), rng.uniform(400,1200,N)))
existing = rng.random(N) < 0.6
signup = np.where(existing, -rng.integers(1, 4*365, N), rng.integers(0, D, N))
mu = alpha_plan[plan] + alpha_reg[region] + P['tau']*rng.standard_normal(N)
x = rng.standard_normal(N)*sig/np.sqrt(1-phi**2)
S = np.zeros((W+L, N))
for w in range(W+L):
    if w>0: x = phi*x + sig*rng.standard_normal(N)
    S[w] = mu + x
def s_at(w): return S[w+L]
budget = -np.log(rng.random(N)); cum=np.zeros(N); churn = np.full(N, 10**9)
eng_days = np.zeros((D, N), dtype=np.int8); eng_cnt = np.zeros((D,N), dtype=np.int16); dms=np.zeros((D,N),dtype=np.int16)
def eta(w):
    s=s_at(w); sl=S[w]  # w+L-8
    ten = np.maximum(0,(w*7 - signup))/365.25
    return P['b0'] + P['bs']*s + P['bd']*(s-sl) + P['bten']*np.log1p(ten) + bplan[plan] + P['bfee']*fee/100
for w in range(W):
    h = 1/(1+np.exp(-eta(w))); c = -np.log1p(-h)
    p = 1/(1+np.exp(-(P['c0'] + cplan[plan] + P['g']*s_at(w))))
    m = np.exp(0.3*s_at(w))
    for j in range(7):
        d = w*7+j
        if d>=D: break
        act = (signup < d) & (churn > d)   # hazard applies on days after signup
        cum = cum + np.where(act, c, 0)
        newc = act & (cum >= budget)
        churn = np.where(newc, d, churn)
        act2 = (signup <= d) & (churn > d)
        e = act2 & (rng.random(N) < p)
        eng_days[d] = e
        eng_cnt[d] = np.where(e, 1 + rng.poisson(1.5*m) + rng.poisson(0.3*m) + rng.poisson(0.4*m), 0)
        dms[d] = np.where(e, rng.poisson(0.15/m), 0)
# NPS
nps = []  # (cust, day, score)
for q in range(8):
    qs, qe = q*91, min(D-1, q*91+90)
    r = rng.random(N) < P['rate']
    lo = np.maximum(qs, np.maximum(signup,0))
    ok = r & (lo <= qe)
    day = lo + (rng.random(N)*(qe-lo+1)).astype(int)
    ok &= day < churn
    sc = np.clip(np.round(P['a'] + P['b']*S[np.minimum(day//7,W-1)+L, np.arange(N)] + P['nsd']*rng.standard_normal(N)),0,10)
    for i in np.nonzero(ok)[0]: nps.append((i, day[i], sc[i]))
nps = np.array(nps)
print("eng rows per cust", eng_days.sum()/N, "active share", )
# quarterly churn
for q in range(8):
    qs=q*91; act = (signup<=qs)&(churn>qs); print("q",q,"churn %.3f"%(((churn>qs)&(churn<=qs+91)&act).sum()/act.sum()), end=' ')
    m=(nps[:,1]>=qs)&(nps[:,1]<qs+91); sc=nps[m,2]; print("NPS %.1f n=%d"%(100*((sc>=9).mean()-(sc<=6).mean()), m.sum()))
from numpy.polynomial.hermite_e import hermegauss
gx, gw = hermegauss(12); gw = gw/gw.sum()
def oracle(T, H):
    w0 = T//7; x0 = S[w0+L] - mu
    surv = np.ones(N)
    for d in range(T+1, T+H+1):
        w = d//7; k = w-w0
        s_m = mu + phi**k * x0
        vk = sig**2*(1-phi**(2*k))/(1-phi**2)
        if k-8 <= 0:
            sl_m = S[w]; vl=0; cov=0
        else:
            sl_m = mu + phi**(k-8)*x0; vl = sig**2*(1-phi**(2*(k-8)))/(1-phi**2); cov = phi**8*vl
        ten = np.maximum(0,(w*7 - signup))/365.25
        m = P['b0'] + (P['bs']+P['bd'])*s_m - P['bd']*sl_m + P['bten']*np.log1p(ten) + bplan[plan] + P['bfee']*fee/100
        V = (P['bs']+P['bd'])**2*vk + P['bd']**2*vl - 2*(P['bs']+P['bd'])*P['bd']*cov
        sd = np.sqrt(V)
        eh = sum(wt/(1+np.exp(-(m+sd*z))) for z,wt in zip(gx,gw))
        surv *= np.where(signup < d, 1-eh, 1)
    return 1-surv
def feats(T):
    act = (signup<=T)&(churn>T)
    F = {}
    F['tenure']=np.log1p((T-signup)/365.)
    for k in range(3): F['plan%d'%k]=(plan==k)*1.
    for k in range(6): F['reg%d'%k]=(region==k)*1.
    F['fee']=fee
    e30 = eng_cnt[max(0,T-29):T+1].sum(0); e90=eng_cnt[max(0,T-89):T+1].sum(0); eprev=eng_cnt[max(0,T-89):T-29].sum(0)
    d30 = eng_days[max(0,T-29):T+1].sum(0); d90=eng_days[max(0,T-89):T+1].sum(0)
    F['e30']=e30; F['e90']=e90; F['d30']=d30; F['d90']=d90; F['trend']=(e30+1)/(eprev/2+1)
    F['dm90']=dms[max(0,T-89):T+1].sum(0)
    ld = np.full(N, 999.)
    for d in range(max(0,T-365), T+1):
        ld = np.where(eng_days[d]>0, T-d, ld)
    F['dsle']=np.minimum(ld,365)
    mm = nps[:,1]<=T; sub = nps[mm]
    last = np.full(N, np.nan); lastd=np.full(N, np.nan); cnt=np.zeros(N); ssum=np.zeros(N)
    order = np.argsort(sub[:,1], kind='stable'); sub=sub[order]
    ci = sub[:,0].astype(int); last[ci]=sub[:,2]; lastd[ci]=sub[:,1]
    np.add.at(cnt, ci, 1); np.add.at(ssum, ci, sub[:,2])
    has = ~np.isnan(last)
    F['has_nps']=has*1.; F['last']=np.where(has,last,7.5); F['mean']=np.where(cnt>0, ssum/np.maximum(cnt,1), 7.5)
    F['cnt']=cnt; F['dsln']=np.where(has, T-lastd, 400)
    F['det'] = (has & (last<=6))*1.
    X = np.column_stack(list(F.values()))
    y = ((churn>T)&(churn<=T+90))*1
    return X[act], y[act], act
Ts=[273, 364, 455, 546]; Te=637
Xs=[];ys=[]
for T in Ts:
    X,y,_=feats(T); Xs.append(X); ys.append(y)
X=np.vstack(Xs); y=np.concatenate(ys)
sc=StandardScaler().fit(X); clf=LogisticRegression(C=1.0,max_iter=2000).fit(sc.transform(X),y)
Xe,ye,act=feats(Te)
pm = clf.predict_proba(sc.transform(Xe))[:,1]
po = oracle(Te,90)[act]
am, ao = roc_auc_score(ye,pm), roc_auc_score(ye,po)
print("eval churners", ye.sum(), "of", len(ye), "model AUC %.4f oracle AUC %.4f closes %.1f%%"%(am,ao,100*(am-.5)/(ao-.5)))
# oracle calibration
qs = np.quantile(po, np.linspace(0,1,11)); b = np.clip(np.searchsorted(qs, po, side='right')-1, 0, 9)
for k in range(10): print("bin",k,"oracle %.4f emp %.4f n=%d"%(po[b==k].mean(), ye[b==k].mean(), (b==k).sum()))
print("mean oracle %.4f emp %.4f"%(po.mean(), ye.mean()))
